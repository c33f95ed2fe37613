// Usage: dotnet run -c Release --project benchmarks/AnalyzerCost/InProcess -- <generated project dir> [rounds]
//        dotnet run -c Release --project benchmarks/AnalyzerCost/InProcess -- <generated project dir> --edits N
//
// --edits: the IDE's cost of one edit (see DocumentLatency.cs) instead of the whole-compilation table below.
//
// Over the same parsed sources, each round times on a fresh compilation (so nothing is cached between them):
//   compile      Emit: binding, lowering and IL, what CoreCompile does without analyzers
//   trees only   an analyzer that only asks for every method's operation tree (what any operation-based analyzer,
//                the SDK's default ones included, makes the driver build)
//   policy       ProtectedDataFlowAnalyzer + AuthorizedDisclosureAnalyzer
// and prints medians of wall and CPU time. The variants run in a different order each round, so drift in the
// machine's load spreads over all of them.
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Analyzers;
using PolicyAnalyzers.Benchmarks;

if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: InProcess <generated project dir> [rounds]");
    return 2;
}

var editsMode = args.Length > 2 && args[1] == "--edits";
var rounds = args.Length > 1 && !editsMode ? int.Parse(args[1]) : 5;
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var trees = Directory.EnumerateFiles(args[0], "*.cs", SearchOption.TopDirectoryOnly)
    .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
    .ToImmutableArray();
var references = ReferencePacks.Net10WithAspNetCore()
    .Append(MetadataReference.CreateFromFile(typeof(PolicyAnalyzers.ProtectedDataAttribute).Assembly.Location))
    .ToImmutableArray();
var lines = trees.Sum(tree => tree.GetText().Lines.Count);
Console.WriteLine($"{trees.Length} files, {lines} lines, {references.Length} references, {rounds} rounds, {Environment.ProcessorCount} cores");

Compilation Create(ImmutableArray<SyntaxTree> sources) => CSharpCompilation.Create(
    "Generated", sources, references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

Compilation Fresh() => Create(trees);

if (editsMode)
{
    DocumentLatency.Run(trees, Create, [new ProtectedDataFlowAnalyzer(), new AuthorizedDisclosureAnalyzer()], int.Parse(args[2]));
    return 0;
}

void Compile()
{
    var result = Fresh().Emit(Stream.Null);
    if (!result.Success)
    {
        throw new InvalidOperationException(result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).ToString());
    }
}

void Analyze(params DiagnosticAnalyzer[] analyzers)
{
    var options = new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
        concurrentAnalysis: true, logAnalyzerExecutionTime: false);
    var diagnostics = Fresh().WithAnalyzers(analyzers.ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    if (diagnostics.FirstOrDefault(d => d.Id is "AD0001" or "PA0999") is { } failure)
    {
        throw new InvalidOperationException(failure.ToString());
    }
}

var variants = new (string Name, Action Run)[]
{
    ("compile (Emit)", Compile),
    ("trees only", () => Analyze(new OperationTreesOnly())),
    ("policy", () => Analyze(new ProtectedDataFlowAnalyzer(), new AuthorizedDisclosureAnalyzer())),
};

foreach (var variant in variants)
{
    variant.Run(); // JIT and warm-up
}

var wall = variants.ToDictionary(v => v.Name, _ => new List<double>());
var cpu = variants.ToDictionary(v => v.Name, _ => new List<double>());
for (var round = 0; round < rounds; round++)
{
    for (var i = 0; i < variants.Length; i++)
    {
        var (name, run) = variants[(round + i) % variants.Length];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        run();
        stopwatch.Stop();
        process.Refresh();
        wall[name].Add(stopwatch.Elapsed.TotalMilliseconds);
        cpu[name].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }
}

static double Median(List<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

var compileWall = Median(wall["compile (Emit)"]);
var compileCpu = Median(cpu["compile (Emit)"]);
var ownWall = Median(wall["policy"]) - Median(wall["trees only"]);
var ownCpu = Median(cpu["policy"]) - Median(cpu["trees only"]);
Console.WriteLine("| variant | wall (ms) | CPU (ms) | CPU share of compile |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (name, _) in variants)
{
    Console.WriteLine($"| {name} | {Median(wall[name]):0} | {Median(cpu[name]):0} | {100 * Median(cpu[name]) / compileCpu:0.0}% |");
}

Console.WriteLine($"| policy beyond the trees | {ownWall:0} | {ownCpu:0} | {100 * ownCpu / compileCpu:0.0}% |");
return 0;
