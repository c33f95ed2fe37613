using System.Linq;
using System.Text;
using static PolicyAnalyzers.Tests.Robustness.AnalysisHarness;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// Every corner of the language the walker meets: recursive types and methods, async and iterators, patterns,
/// records, dynamic, unsafe code, ref structs, interface members. Each case runs without AD0001 or PA0999 and, where
/// protected data reaches a sink in a way the analyzer follows, reports it.
/// </summary>
public class LanguageFeatureTests
{
    /// <summary>Name, code (among <see cref="TestModel"/>'s usings and types), and the PA diagnostics it must report, sorted.</summary>
    public static readonly TheoryData<string, string, string[]> Cases = new()
    {
        {
            "a protected type that contains itself",
            """
            [ProtectedData] public sealed class Node { public string Name { get; set; } = ""; public Node? Parent { get; set; } public List<Node> Children { get; } = new(); }
            class Api
            {
                string Run(Node node) => System.Text.Json.JsonSerializer.Serialize(node);
                void Log(Node node) => Console.WriteLine(node.Children[0].Parent!.Name);
            }
            """,
            new[] { "PA0002", "PA0003" }
        },
        {
            "an unmarked type that contains itself and, deep down, a marked member",
            """
            public sealed class Folder { public string Title { get; set; } = ""; public Folder? Parent { get; set; } public List<Folder> Subfolders { get; } = new(); public Applicant? Owner { get; set; } }
            class Api { string Run(Folder folder) => System.Text.Json.JsonSerializer.Serialize(folder); }
            """,
            new[] { "PA0002" }
        },
        {
            "mutually recursive types",
            """
            public sealed class Case { public string Number { get; set; } = ""; public Hearing? Next { get; set; } }
            public sealed class Hearing { public Case? Case { get; set; } public Applicant? Witness { get; set; } }
            public sealed class Calendar { public Calendar? Previous { get; set; } public List<Calendar> Linked { get; } = new(); public int Days { get; set; } }
            class Api
            {
                string Run(Case c) => System.Text.Json.JsonSerializer.Serialize(c);
                string Quiet(Calendar c) => System.Text.Json.JsonSerializer.Serialize(c);
            }
            """,
            new[] { "PA0002" }
        },
        {
            "generics nested forty deep",
            "public sealed class Node<T> { public T? Value { get; set; } public List<Node<T>> Children { get; } = new(); }\n" +
            "class Api\n{\n" +
            "    string Run(List<" + Nest("Node<", "DetentionRecord", ">", 40) + "> nodes) => System.Text.Json.JsonSerializer.Serialize(nodes);\n" +
            "    string Quiet(List<" + Nest("Node<", "int", ">", 40) + "> nodes) => System.Text.Json.JsonSerializer.Serialize(nodes);\n}\n",
            new[] { "PA0002" }
        },
        {
            "a type that enumerates itself",
            """
            public sealed class Tree : IEnumerable<Tree>
            {
                [ProtectedData] public string Label { get; set; } = "";
                public List<Tree> Kids { get; } = new();
                public IEnumerator<Tree> GetEnumerator() => Kids.GetEnumerator();
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            class Api
            {
                string Run(Tree tree) => System.Text.Json.JsonSerializer.Serialize(tree);
                void Walk(Tree tree) { foreach (var kid in tree) Console.WriteLine(kid.Label); }
            }
            """,
            new[] { "PA0002", "PA0003" }
        },
        {
            "a type constrained by itself",
            """
            public abstract class Entity<T> where T : Entity<T> { public T? Self { get; set; } }
            [ProtectedData] public sealed class Person : Entity<Person> { public string Name { get; set; } = ""; }
            class Api { void Run(Person person) => Console.WriteLine(person.Self!.Self!.Name); }
            """,
            new[] { "PA0003" }
        },
        {
            "a self-recursive helper that logs at the bottom",
            """
            static class Walk
            {
                public static void Down(string value, int depth) { if (depth == 0) Console.WriteLine(value); else Down(value, depth - 1); }
                public static void Run(Applicant applicant) => Down(applicant.Name, 3);
            }
            """,
            new[] { "PA0003" }
        },
        {
            "mutually recursive helpers that both log",
            """
            static class PingPong
            {
                public static void Ping(string value, int n) { Console.WriteLine(value); if (n > 0) Pong(value, n - 1); }
                public static void Pong(string value, int n) { Console.WriteLine(value); if (n > 0) Ping(value, n - 1); }
                public static void Run(Applicant applicant) => Pong(applicant.Name, 3);
            }
            """,
            new[] { "PA0003" }
        },
        {
            "recursion through a lambda",
            """
            class L
            {
                void Run(Applicant applicant)
                {
                    Func<string, int, string>? repeat = null;
                    repeat = (s, n) => n == 0 ? s : repeat!(s + "!", n - 1);
                    Console.WriteLine(repeat(applicant.Name, 3));
                }
            }
            """,
            new[] { "PA0003" }
        },
        {
            "lambdas that call each other",
            """
            class L
            {
                void Run(Applicant applicant)
                {
                    Action<int>? ping = null, pong = null;
                    ping = n => { if (n > 0) pong!(n - 1); else Console.WriteLine(applicant.Name); };
                    pong = n => ping!(n);
                    ping(3);
                }
            }
            """,
            new[] { "PA0003" }
        },
        {
            "recursive local functions",
            """
            class L
            {
                void Run(Applicant applicant)
                {
                    Print(applicant.Name, 3);
                    File.WriteAllText("x", Shout(applicant.Name, 2));
                    void Print(string s, int n) { if (n == 0) Console.WriteLine(s); else Print(s, n - 1); }
                    string Shout(string s, int n) => n == 0 ? s : Shout(s + "!", n - 1);
                }
            }
            """,
            new[] { "PA0001", "PA0003" }
        },
        {
            "an async helper that logs",
            """
            class A
            {
                static async Task SaveAsync(string value) { await Task.Yield(); Console.WriteLine(value); }
                async Task Run(Applicant applicant) => await SaveAsync(applicant.Name).ConfigureAwait(false);
                Func<Applicant, ValueTask> Later => async a => { await Task.Delay(1); Console.WriteLine(a.Name); };
            }
            """,
            new[] { "PA0003", "PA0003" }
        },
        {
            "an iterator that yields protected data",
            """
            class I
            {
                static IEnumerable<string> Names(IEnumerable<DetentionRecord> records) { foreach (var r in records) yield return r.FullName; }
                void Run(List<DetentionRecord> records) { foreach (var name in Names(records)) Console.WriteLine(name); }
            }
            """,
            new[] { "PA0003" }
        },
        {
            "an async iterator consumed with await foreach",
            """
            class I
            {
                static async IAsyncEnumerable<DetentionRecord> Stream() { await Task.Yield(); yield return new DetentionRecord(); }
                async Task Run() { await foreach (var r in Stream()) await File.WriteAllTextAsync("x", r.FullName); }
            }
            """,
            new[] { "PA0001" }
        },
        {
            "property, list, relational and logical patterns",
            """
            class P
            {
                void Run(object o, List<DetentionRecord> records)
                {
                    if (o is DetentionRecord { FullName: var name, DateOfBirth.Year: > 1990 and < 2010 } && name is { Length: > 0 }) Console.WriteLine(name);
                    if (records is [var first, .., { Facility: var facility }]) Console.WriteLine(first.FullName + facility);
                    var label = o switch
                    {
                        DetentionRecord { Nationality: "X" or "Y" } d when d.FullName.Length > 3 => d.FullName,
                        Applicant { Name: var n } => n,
                        null => "none",
                        not string => "other",
                        _ => "text",
                    };
                    File.WriteAllText("x", label);
                }
            }
            """,
            new[] { "PA0001", "PA0003" }
        },
        {
            "positional patterns on records",
            """
            record Pair(DetentionRecord Left, Product Right);
            class P { void Run(Pair pair) { if (pair is (var left, { Name: var product })) Console.WriteLine(left.FullName + product); } }
            """,
            new[] { "PA0003" }
        },
        {
            "records copied with 'with'",
            """
            [ProtectedData] public sealed record Visitor(string Name, string Purpose);
            public readonly record struct Badge([property: ProtectedData] string Holder, int Floor);
            class R
            {
                void Run(Visitor visitor, Badge badge)
                {
                    var copy = visitor with { Purpose = "x" };
                    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(copy));
                    var moved = badge with { Floor = 2 };
                    Console.WriteLine(moved.Holder);
                    Console.WriteLine(moved.Floor);
                }
            }
            """,
            new[] { "PA0002", "PA0003" }
        },
        {
            "dynamic",
            """
            class D
            {
                // docs/limits.md: calls bound at run time (dynamic) are not followed, so nothing is reported here.
                void Run(DetentionRecord r)
                {
                    dynamic d = r;
                    Console.WriteLine(d.FullName);
                    dynamic e = new System.Dynamic.ExpandoObject();
                    e.Name = r.FullName;
                    File.WriteAllText("x", e.Name);
                    d.Anything(r, e)[0] += e;
                }
            }
            """,
            System.Array.Empty<string>()
        },
        {
            "unsafe code: pointers, fixed buffers, stackalloc and function pointers",
            """
            unsafe class U
            {
                struct Fixed { public fixed char Name[16]; }
                static void Write(string s) => File.WriteAllText("x", s);
                void Run(DetentionRecord r)
                {
                    fixed (char* p = r.FullName) { var s = new string(p); Console.WriteLine(s); }
                    char* buffer = stackalloc char[16];
                    buffer[0] = r.FullName[0];
                    Console.WriteLine(buffer[0]);
                    delegate*<string, void> write = &Write;
                    write(r.FullName);
                    int size = sizeof(int);
                    void* v = &size;
                    Console.WriteLine((long)v);
                    var f = new Fixed();
                    f.Name[0] = r.FullName[0];
                    Console.WriteLine(f.Name[0]);
                }
            }
            """,
            new[] { "PA0003" }
        },
        {
            "ref structs, spans and ref fields",
            """
            ref struct NameView
            {
                public ReadOnlySpan<char> Name;
                public ref int Count;
                public NameView(ReadOnlySpan<char> name, ref int count) { Name = name; Count = ref count; }
            }
            class S
            {
                void Run(DetentionRecord r)
                {
                    int count = 0;
                    var view = new NameView(r.FullName.AsSpan(), ref count);
                    Console.Out.Write(view.Name);
                    scoped Span<char> copy = stackalloc char[view.Name.Length];
                    view.Name.CopyTo(copy);
                    Console.WriteLine(copy.ToString());
                    ref readonly var first = ref view.Name[0];
                    Console.WriteLine(first);
                }
            }
            """,
            new[] { "PA0003", "PA0003", "PA0003" }
        },
        {
            "default interface methods",
            """
            [ProtectedData] public interface IResident
            {
                string Name { get; }
                void Announce() => Console.WriteLine(Name);
                static void Shout(IResident resident) => Console.WriteLine(resident.Name);
            }
            public sealed class Resident : IResident { public string Name => "x"; }
            class D { void Run(Resident resident) { ((IResident)resident).Announce(); IResident.Shout(resident); } }
            """,
            new[] { "PA0003", "PA0003" }
        },
        {
            "static abstract and static virtual members",
            """
            public interface IParse<TSelf> where TSelf : IParse<TSelf>
            {
                static abstract TSelf Parse(string s);
                static virtual string Describe(TSelf value) => value!.ToString()!;
            }
            [ProtectedData] public sealed record Passport(string Number) : IParse<Passport> { public static Passport Parse(string s) => new(s); }
            class G
            {
                static void Log<T>(string s) where T : IParse<T> => Console.WriteLine(T.Describe(T.Parse(s)));
                static T Sum<T>(T a, T b) where T : System.Numerics.INumber<T> => a + b;
                void Run(Passport passport)
                {
                    Log<Passport>(passport.Number);
                    Console.WriteLine(Passport.Parse("x").Number);
                    Console.WriteLine(Sum(1, 2));
                }
            }
            """,
            new[] { "PA0003", "PA0003" }
        },
        {
            "operators, conversions, indexers and events",
            """
            [ProtectedData] public sealed class Secret
            {
                public string Value = "";
                public static implicit operator string(Secret s) => s.Value;
                public static Secret operator +(Secret a, Secret b) => new() { Value = a.Value + b.Value };
                public string this[int i] => Value;
                public event Action<string>? Changed;
                public void Raise() => Changed?.Invoke(Value);
            }
            class O
            {
                void Run(Secret a, Secret b)
                {
                    string joined = a + b;
                    Console.WriteLine(joined);
                    Console.WriteLine(a[0]);
                    a.Changed += text => Console.WriteLine(text);
                }
            }
            """,
            new[] { "PA0003", "PA0003" }
        },
        {
            "expression trees and query syntax",
            """
            class Q
            {
                void Run(List<DetentionRecord> records, IQueryable<DetentionRecord> query)
                {
                    System.Linq.Expressions.Expression<Func<DetentionRecord, bool>> filter = r => r.FullName.Length > 3;
                    Console.WriteLine(records.AsQueryable().Count(filter));
                    var names = from r in records
                                let n = r.FullName
                                join o in records on r.Facility equals o.Facility into matches
                                group n by r.Facility into byFacility
                                select new { byFacility.Key, First = byFacility.First() };
                    File.WriteAllText("x", System.Text.Json.JsonSerializer.Serialize(names));
                    Console.WriteLine(query.Where(r => r.FullName != "").Select(r => r.FullName).FirstOrDefault());
                }
            }
            """,
            new[] { "PA0002", "PA0003" }
        },
        {
            "statements rarely seen: goto, lock, filters, __arglist, __makeref, collection expressions, inline arrays",
            """
            [System.Runtime.CompilerServices.InlineArray(4)] struct Four { private string _element; }
            class Odd(DetentionRecord captured)
            {
                static void Var(__arglist) { }
                void Run(DetentionRecord r, List<DetentionRecord> records)
                {
                    int i = 0;
                again:
                    if (i++ < 2) goto again;
                    lock (records) { using var writer = new StreamWriter("x"); writer.Write(r.FullName); }
                    try { throw new InvalidOperationException(r.FullName); }
                    catch (Exception ex) when (ex.Message.Length > 0) { Console.WriteLine(ex.Message); }
                    finally { }
                    var n = r.FullName ?? throw new ArgumentNullException(nameof(r.FullName));
                    var c = checked(i + 1);
                    Var(__arglist(r.FullName, c));
                    var reference = __makeref(n);
                    Console.WriteLine(__refvalue(reference, string));
                    var (a, _) = (r.FullName, 1);
                    string[] all = [a, .. records.Select(x => x.FullName)];
                    Console.WriteLine(all.Length);
                    var four = new Four();
                    four[0] = r.FullName;
                    Console.WriteLine(four[0]);
                    var same = static (string s, int times = 2) => s;
                    Console.WriteLine(same(captured.FullName));
                }
            }
            """,
            new[] { "PA0001", "PA0003", "PA0003", "PA0003" }
        },
        {
            "field, property and constructor initializers",
            """
            class Base(string name) { public string Name { get; } = name; }
            class Init(DetentionRecord r) : Base(r.FullName)
            {
                static readonly DetentionRecord Sample = new() { FullName = "x" };
                static readonly string Logged = Log(Sample.FullName);
                public string Shown { get; } = Log(r.FullName);
                static string Log(string s) { Console.WriteLine(s); return s; }
                static Init() { Console.WriteLine(Sample.FullName); }
            }
            """,
            new[] { "PA0003", "PA0003", "PA0003" }
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WhenCodeUsesThisLanguageFeature_NeitherAnalyzerFailsAndTheLeaksItFollowsAreReported(string name, string code, string[] expected)
    {
        var diagnostics = await AnalyzeCleanlyAsync(TestModel.With(code));

        // At least these: the cases test robustness, and leave precision (what else is or is not reported) to Flow/.
        var missing = expected.GroupBy(id => id)
            .Where(group => diagnostics.Count(d => d.Id == group.Key) < group.Count())
            .Select(group => $"{group.Count()} x {group.Key}")
            .ToList();
        Assert.True(
            missing.Count == 0,
            $"{name}: expected at least {string.Join(", ", missing)}; reported:{System.Environment.NewLine}{string.Join(System.Environment.NewLine, diagnostics.Select(Format))}");
    }

    [Fact]
    public async Task WhenAPropertyPatternExtractsAProtectedMemberFromAnObject_ItsUseIsReported()
    {
        var diagnostics = await AnalyzeCleanlyAsync(TestModel.With("""
            class P
            {
                void Run(object o)
                {
                    if (o is DetentionRecord { FullName: var name }) Console.WriteLine(name);
                    var label = o switch { Applicant { Name: var n } => n, _ => "" };
                    Console.WriteLine(label);
                }
            }
            """));

        Assert.Equal(2, Reported(diagnostics, "PA0003").Count);
    }

    private static string Nest(string open, string inner, string close, int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(open);
        }

        text.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            text.Append(close);
        }

        return text.ToString();
    }
}
