using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// A zip-packaged document (an Excel workbook, a Word document, an OpenDocument spreadsheet) opened read-only, whose
/// parts are streamed as XML through an <see cref="InflationGuardStream"/>, so a zip bomb ends in
/// <see cref="DataFileFormatException"/>. OLE compound files (the legacy binary formats, and Office's wrapper of a
/// password-protected package) are recognised and reported rather than read.
/// </summary>
internal sealed class ZipPackage : IDisposable
{
    private readonly Stream _file;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly InflationBudget _budget;

    private ZipPackage(Stream file, ZipArchive zip, WorkbookLimits limits, PackageKind kind)
    {
        _file = file;
        _zip = zip;
        _budget = new InflationBudget(limits);
        Kind = kind;
        foreach (var entry in zip.Entries)
        {
            _entries[entry.FullName.Replace('\\', '/').TrimStart('/')] = entry;
        }
    }

    public PackageKind Kind { get; }

    public WorkbookLimits Limits => _budget.Limits;

    /// <summary>
    /// Opens the package at <paramref name="path"/>. Throws <see cref="DataFileFormatException"/> for legacy,
    /// encrypted, non-zip or damaged files, and the usual I/O exceptions.
    /// </summary>
    public static ZipPackage Open(string path, WorkbookLimits limits, PackageKind kind)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 65536);
        try
        {
            var head = new byte[8];
            var count = file.Read(head, 0, head.Length);
            if (OleCompoundFile.HasSignature(head, count))
            {
                throw new DataFileFormatException(OleCompoundFile.IsEncryptedPackage(file)
                    ? $"the {kind.Noun} is encrypted (password-protected), so its content cannot be read; check it by hand and "
                        + "list it in PolicyAnalyzersExcludeDataFile, or ship it unencrypted"
                    : kind.LegacyFormatMessage);
            }

            if (!LooksLikeZip(head, count))
            {
                throw new DataFileFormatException(kind.NotAPackageMessage);
            }

            file.Position = 0;
            ZipArchive zip;
            try
            {
                zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException)
            {
                throw new DataFileFormatException($"the {kind.Noun} is damaged or truncated (its zip directory cannot be read)");
            }

            return new ZipPackage(file, zip, limits, kind);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Whether the file starts like a zip package (an .xls that is really an .xlsx).</summary>
    public static bool LooksLikeZip(byte[] head, int count) =>
        count >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] is 3 or 5 or 7 && head[3] is 4 or 6 or 8;

    /// <summary>Reads the first bytes of a file: enough to tell a zip package, an OLE compound file or text apart.</summary>
    public static byte[] ReadHead(string path, out int count)
    {
        var head = new byte[8];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        count = stream.Read(head, 0, head.Length);
        return head;
    }

    public bool Contains(string part) => _entries.ContainsKey(part);

    public string? Existing(string part) => _entries.ContainsKey(part) ? part : null;

    /// <summary>Streams a part as XML: no DTD, no external resources, inflated through the guard.</summary>
    public XmlReader OpenXml(string part)
    {
        var entry = _entries[part];
        Stream stream;
        try
        {
            stream = entry.Open();
        }
        catch (InvalidDataException)
        {
            throw new DataFileFormatException($"the {Kind.Noun} is damaged: the part {part} cannot be decompressed");
        }

        return WorkbookXml.Create(new InflationGuardStream(stream, _budget, entry.CompressedLength, part));
    }

    /// <summary>Part names with the prefix and suffix, directly in that folder, in name order.</summary>
    public List<string> Parts(string prefix, string suffix)
    {
        var parts = new List<string>();
        foreach (var name in _entries.Keys)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && name.IndexOf('/', prefix.LastIndexOf('/') + 1) < 0)
            {
                parts.Add(name);
            }
        }

        parts.Sort(StringComparer.OrdinalIgnoreCase);
        return parts;
    }

    /// <summary>Runs <paramref name="parse"/>, reporting malformed XML of <paramref name="what"/> without quoting it.</summary>
    public T Parse<T>(Func<T> parse, string what)
    {
        try
        {
            return parse();
        }
        catch (XmlException ex)
        {
            throw WorkbookXml.Malformed(what, ex, Kind.Noun);
        }
    }

    public void Dispose()
    {
        _zip.Dispose();
        _file.Dispose();
    }
}
