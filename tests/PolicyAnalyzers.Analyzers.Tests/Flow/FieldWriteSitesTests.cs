using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyAnalyzers.Flow;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>Which methods a type's field state is computed from: those that may store in its members.</summary>
public class FieldWriteSitesTests
{
    private const string Service = """
        using System.Collections.Generic;
        public sealed class Roster
        {
            private readonly List<string> _names = new();
            private readonly Dictionary<string, string> _byId = new();
            private string _last = "";
            private int _count;
            public string Current { get; set; } = "";

            public Roster(List<string> names) { _names = names; }
            void Assign(string name) { _last = name; }
            void AssignProperty(Roster other, string name) { other.Current = name; }
            void AddToField(string name) { _names.Add(name); }
            void AddConditionally(string name) { this._names?.Add(name); }
            void Index(string id, string name) { _byId[id] = name; }
            void Out(string id) { _byId.TryGetValue(id, out _last); }
            void Increment() { _count++; }
            void Compound(string name) { _last += name; }

            string Read() => _last + Current + _names.Count;
            void ReadOnlyCalls() { _names.Clear(); System.Console.WriteLine(_last); }
            void PassedAlone() { System.Console.WriteLine(_names); }
            void Local(string name) { var copy = new List<string>(); copy.Add(name); }
        }
        """;

    [Theory]
    [InlineData(".ctor")]
    [InlineData("Assign")]
    [InlineData("AssignProperty")]
    [InlineData("AddToField")]
    [InlineData("AddConditionally")]
    [InlineData("Index")]
    [InlineData("Out")]
    [InlineData("Increment")]
    [InlineData("Compound")]
    public void WhenMethodMayStoreInAMember_IsAWriteSite(string method) =>
        Assert.True(MayStore(method));

    [Theory]
    [InlineData("Read")]
    [InlineData("ReadOnlyCalls")]
    [InlineData("PassedAlone")]
    [InlineData("Local")]
    public void WhenMethodOnlyReadsMembers_IsNotAWriteSite(string method) =>
        Assert.False(MayStore(method));

    private static bool MayStore(string methodName)
    {
        var compilation = CSharpCompilation.Create(
            "Sites", new[] { CSharpSyntaxTree.ParseText(Service) }, Verifiers.TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var type = compilation.GetTypeByMetadataName("Roster")!;
        var method = type.GetMembers(methodName).OfType<IMethodSymbol>().Single();
        return FieldWriteSites.MayStore(method, FieldWriteSites.MemberNames(type), default);
    }
}
