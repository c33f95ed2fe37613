using System;
using System.IO;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// Reads one zip part and stops with <see cref="DataFileFormatException"/> once the workbook has inflated past its
/// budget, or this part past the allowed compression ratio. Counts what is actually inflated: the sizes a zip's
/// directory declares can lie.
/// </summary>
internal sealed class InflationGuardStream : Stream
{
    private readonly Stream _inner;
    private readonly InflationBudget _budget;
    private readonly long _compressedLength;
    private readonly string _partName;
    private long _read;

    public InflationGuardStream(Stream inner, InflationBudget budget, long compressedLength, string partName)
    {
        _inner = inner;
        _budget = budget;
        _compressedLength = Math.Max(1, compressedLength);
        _partName = partName;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _inner.Read(buffer, offset, count);
        _read += read;
        _budget.Spend(read);
        var limits = _budget.Limits;
        if (_budget.Spent > limits.MaxExpandedBytes)
        {
            throw new DataFileFormatException(
                $"the file expands past {limits.MaxExpandedBytes / (1024 * 1024)} MB when decompressed (a zip bomb, or too large to scan)");
        }

        if (_read > limits.RatioCheckedAfterBytes && _read / _compressedLength > limits.MaxRatio)
        {
            throw new DataFileFormatException(
                $"the part {_partName} expands more than {limits.MaxRatio}:1 when decompressed (a zip bomb)");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
