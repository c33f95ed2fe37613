using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Flow;

/// <summary>Where protected data comes from, named as a reviewer would ("DetentionRecord.FullName").</summary>
internal sealed class ProtectedSource
{
    public ProtectedSource(string name, bool isMarkedDirectly, ISymbol? member = null)
    {
        Name = name;
        IsMarkedDirectly = isMarkedDirectly;
        Member = member;
    }

    /// <summary>
    /// For data a serializer finds inside an object: the member it writes that carries it, which a code fix can
    /// exclude from that serializer.
    /// </summary>
    public ISymbol? Member { get; }

    /// <summary>The protected type, member or path, e.g. "Batch.Witnesses[].Name".</summary>
    public string Name { get; }

    /// <summary>
    /// False for a value read from a member of a protected type when the member carries no marker of its own:
    /// protected as part of a record, but publishable as a group label (counts per facility).
    /// </summary>
    public bool IsMarkedDirectly { get; }

    public override string ToString() => Name;
}
