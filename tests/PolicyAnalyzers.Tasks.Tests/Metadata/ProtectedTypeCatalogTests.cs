using System;
using System.Collections.Generic;
using System.Linq;
using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.DataFiles.Metadata;
using PolicyAnalyzers.DataFiles.Tests.ProtectedTypes;

namespace PolicyAnalyzers.DataFiles.Tests;

public class ProtectedTypeCatalogTests
{
    private static readonly Lazy<List<ProtectedTypeShape>> Shapes =
        new(() => ProtectedTypeCatalog.FromImage(File.ReadAllBytes(typeof(DetentionRecord).Assembly.Location)));

    private static ProtectedTypeShape? Shape(string name) => Shapes.Value.SingleOrDefault(s => s.TypeName == name);

    [Fact]
    public void WhenRecordIsMarked_ItsPositionalPropertiesAreTheShape()
    {
        var shape = Shape(nameof(DetentionRecord))!;

        Assert.True(shape.TypeIsMarked);
        Assert.Equal(["ANumber", "FullName", "DateOfBirth", "Nationality", "Facility", "CaseStatus"], shape.Properties);
        Assert.Equal(4, shape.Required);
    }

    [Fact]
    public void WhenOnlyMembersAreMarked_TheTypeCountsWithThoseMembersMarked()
    {
        var user = Shape(nameof(ApplicationUser))!;
        var reference = Shape(nameof(CaseReference))!;

        Assert.False(user.TypeIsMarked);
        Assert.Equal(["HomeAddress", "LoyaltyCard"], user.Properties.Where((_, i) => user.IsMarked[i]));
        Assert.Equal(["CaseNumber"], reference.Properties.Where((_, i) => reference.IsMarked[i]));
    }

    [Fact]
    public void WhenTypeDerivesFromAMarkedType_ItIsProtectedWithInheritedProperties()
    {
        var shape = Shape(nameof(ContractorVisitor))!;

        Assert.True(shape.TypeIsMarked);
        Assert.Equal(["Company", "Badge", "Host"], shape.Properties);
    }

    [Fact]
    public void WhenMembersCarryAttributesDerivedFromDataClassification_TheyAreMarked()
    {
        var patient = Shape(nameof(Patient))!;

        Assert.False(patient.TypeIsMarked);
        Assert.Equal(["FullName", "Diagnosis"], patient.Properties.Where((_, i) => patient.IsMarked[i]));
    }

    [Fact]
    public void WhenTypeCarriesAnAttributeDerivedFromDataClassification_ItIsMarked()
    {
        Assert.True(Shape(nameof(Referral))!.TypeIsMarked);
    }

    [Fact]
    public void WhenMemberSaysNoDataClassification_ItIsNotMarked_WhileUnknownClassificationIs()
    {
        var newsletter = Shape(nameof(Newsletter))!;

        Assert.Equal(["Subscriber"], newsletter.Properties.Where((_, i) => newsletter.IsMarked[i]));
    }

    [Fact]
    public void WhenTypeDerivesFromATypeWithMarkedMembers_ItHasThoseMembersMarked()
    {
        var shape = Shape(nameof(GiftOrder))!;

        Assert.False(shape.TypeIsMarked);
        Assert.Equal(["CustomerEmail"], shape.Properties.Where((_, i) => shape.IsMarked[i]));
    }

    [Fact]
    public void WhenTypeHasNoMarker_ItIsNotAShape()
    {
        Assert.Null(Shape(nameof(Product)));
    }

    [Fact]
    public void WhenFileIsNotAnAssembly_CatalogSkipsItAndSaysSo()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("fake.dll", "MZ not really");
        var unreadable = new List<string>();

        Assert.Empty(ProtectedTypeCatalog.Read([path], unreadable));
        Assert.Equal([path], unreadable);
    }

    [Fact]
    public void WhenReadingTheAttributesAssemblyItself_FindsNoShapes()
    {
        Assert.Empty(ProtectedTypeCatalog.FromImage(File.ReadAllBytes(typeof(ProtectedDataAttribute).Assembly.Location)));
    }
}
