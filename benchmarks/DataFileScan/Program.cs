using PolicyAnalyzers.DataFiles.Benchmarks;

// dotnet DataFileScan.dll [--size 100MB] [--format csv|xlsx] [--rows N] [--file PATH] [--keep] [--runs N]
//                         [--first-scans N] [--directory-mb N] [--directory-files N]
return Benchmark.Run(args, System.Console.Out);
