using PolicyAnalyzers.Flow;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>Joining values never narrows where a parameter sits: a narrower place is kept only if every side agrees.</summary>
public class ParameterPlacementUnionTests
{
    private const ulong Context = 1UL << 0;
    private const ulong Recipient = 1UL << 1;

    [Fact]
    public void WhenOneSideHoldsAParameterWholly_TheJoinHoldsItWholly()
    {
        var inMember = Taint.FromParameter(1).InMember("Recipient");
        var whole = Taint.FromParameter(1);

        var joined = inMember.Union(whole);

        Assert.Null(joined.Placement);
        Assert.Equal(Recipient, joined.ReadMember("TemplateName").Parameters);
        Assert.False(inMember.Includes(whole));
    }

    [Fact]
    public void WhenAContextHoldsAParameterInOneMember_ReadingAnotherMemberDropsIt()
    {
        var context = Taint.FromParameter(0).Union(Taint.FromParameter(1).InMember("Recipient"));

        Assert.Equal(Context, context.ReadMember("TemplateName").Parameters);
        Assert.Equal(Context | Recipient, context.ReadMember("Recipient").Parameters);
        Assert.Null(context.ReadMember("Recipient").Placement);
    }

    [Fact]
    public void WhenBothSidesHoldAParameterInMembers_TheJoinHoldsItInEither()
    {
        var joined = Taint.FromParameter(1).InMember("Recipient").Union(Taint.FromParameter(1).InMember("ReplyTo"));

        Assert.Equal(Recipient, joined.ReadMember("ReplyTo").Parameters);
        Assert.Equal(Recipient, joined.ReadMember("Recipient").Parameters);
        Assert.Equal(0UL, joined.ReadMember("TemplateName").Parameters);
        Assert.False(Taint.FromParameter(1).InMember("Recipient").Includes(joined));
    }

    [Fact]
    public void WhenAParameterIsReadThroughAMember_ThePlaceIsKeptUntilJoinedWithTheWholeParameter()
    {
        var read = Taint.FromParameter(0).ReadThrough(Context, MemberNames.Of("TemplateName"));

        Assert.Equal(Context, read.Placement!.ReadBits);
        Assert.Null(read.Union(Taint.FromParameter(0)).Placement);
        Assert.Equal(Context, read.Union(Taint.FromParameter(1)).Placement!.ReadBits);
    }
}
