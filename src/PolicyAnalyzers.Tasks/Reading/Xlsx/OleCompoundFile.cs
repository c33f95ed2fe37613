using System;
using System.IO;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// Recognises OLE compound files (signature D0 CF 11 E0 A1 B1 1A E1): legacy .xls workbooks, and password-protected
/// .xlsx workbooks, which Office wraps in such a file with an "EncryptionInfo" stream. Neither can be read here, and
/// both must be reported rather than passed as clean.
/// </summary>
internal static class OleCompoundFile
{
    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Directory entries of small files sit near the start; larger files are searched up to this far.</summary>
    private const long SearchLimit = 64L * 1024 * 1024;

    public static bool HasSignature(byte[] head, int count)
    {
        if (count < Signature.Length)
        {
            return false;
        }

        for (var i = 0; i < Signature.Length; i++)
        {
            if (head[i] != Signature[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the compound file holds an "EncryptionInfo" stream. Its directory entry names are UTF-16; rather than
    /// follow the file's sector chains, look for the name itself, which costs one read of the file's start.
    /// </summary>
    public static bool IsEncryptedPackage(Stream stream)
    {
        var name = Encoding.Unicode.GetBytes("EncryptionInfo");
        var buffer = new byte[81920];
        var kept = 0;
        long searched = 0;
        stream.Position = 0;
        while (searched < SearchLimit)
        {
            var read = stream.Read(buffer, kept, buffer.Length - kept);
            if (read <= 0)
            {
                break;
            }

            var length = kept + read;
            if (IndexOf(buffer, length, name) >= 0)
            {
                return true;
            }

            // Keep the tail so a name cut by the buffer's end is found in the next round.
            kept = Math.Min(name.Length - 1, length);
            Buffer.BlockCopy(buffer, length - kept, buffer, 0, kept);
            searched += read;
        }

        return false;
    }

    private static int IndexOf(byte[] buffer, int length, byte[] pattern)
    {
        for (var i = 0; i + pattern.Length <= length; i++)
        {
            if (buffer[i] != pattern[0])
            {
                continue;
            }

            var k = 1;
            while (k < pattern.Length && buffer[i + k] == pattern[k])
            {
                k++;
            }

            if (k == pattern.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
