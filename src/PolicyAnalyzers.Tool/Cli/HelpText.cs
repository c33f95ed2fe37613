namespace PolicyAnalyzers.Tool.Cli;

internal static class HelpText
{
    public const string Usage = "Usage: policyanalyzers scan PATH... [options]   (policyanalyzers --help for more)";

    public static string Full => $$"""
        policyanalyzers {{CommandLine.Version}}: finds personal data in data files and documents before they are published.

        Usage: policyanalyzers scan PATH... [options]

        Scans each file, and each directory recursively, with the scanner of the PolicyAnalyzers build step. Prints
        one line per finding, as MSBuild does:  path(line,col): error PA1001: message. It never prints the data.

        Exit codes: 1 when personal data was found (whatever else happened); else 2 when a file could not be
        scanned, an output could not be written or the usage was wrong; else 0.

        Options:
          --exclude GLOB        do not scan paths matching GLOB, relative to --root ('**/fixtures/**', '*.example.csv';
                                a pattern without '/' matches the file name in any folder). Repeatable.
          --include-ext EXT     also scan files with this extension ('.png' to be told images are not read; an
                                extension of no known format, such as '.md', is read as text). Repeatable.
          --ext LIST            scan only these extensions (';' or ',' separated) instead of the defaults:
                                {{ScanOptions.DefaultExtensionList}}
          --baseline FILE       accepted findings (default: ROOT/policyanalyzers.baseline.json when it exists).
          --update-baseline     write every current finding into the baseline instead of reporting it.
          --sarif FILE          write the reported findings as SARIF 2.1.0 (for code scanning).
          --root DIR            what excludes, baseline entries and SARIF URIs are relative to (default: the current
                                directory).
          --parallel N          files scanned at once (default: one per core, {{System.Environment.ProcessorCount}} here).
          --no-progress         no progress display (it is drawn on stderr only when stderr is a terminal and a scan
                                takes longer than a second and a half).
          -h, --help            this text.     --version     the version.

        Paths to scan and output files are relative to the current directory. Directories named .git are skipped.
        Files are reported in path order whatever --parallel is.
        Docs: https://github.com/PolicyAnalyzers/PolicyAnalyzers/blob/main/docs/tool.md
        """;
}
