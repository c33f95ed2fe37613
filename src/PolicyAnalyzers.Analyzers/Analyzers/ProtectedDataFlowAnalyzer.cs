using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Catalog;
using PolicyAnalyzers.Configuration;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Flow;

namespace PolicyAnalyzers.Analyzers
{
    /// <summary>
    /// PA0001-PA0003: protected data that reaches an export, public serialization or a log. The flow engine
    /// (<see cref="FlowWalker"/>) summarises each method once per compilation; this analyzer reports each method's
    /// findings when the driver hands it that method.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProtectedDataFlowAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.ProtectedDataExported,
            Descriptors.ProtectedDataSerialized,
            Descriptors.ProtectedDataLogged,
            Descriptors.AnalysisFailed);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var options = PolicyOptions.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                var flow = new FlowContext(start.Compilation, options);
                start.RegisterOperationBlockAction(block => AnalyzeBlock(flow, block));
            });
        }

        private static void AnalyzeBlock(FlowContext flow, OperationBlockAnalysisContext context)
        {
            ImmutableArray<Finding> findings;
            string? failure = null;
            try
            {
                if (context.OwningSymbol is IMethodSymbol method)
                {
                    var summary = flow.GetSummary(method, context.OperationBlocks, context.CancellationToken);
                    findings = summary.Findings;
                    failure = summary.Failure;
                }
                else
                {
                    findings = FlowWalker.AnalyzeInitializer(flow, context.OwningSymbol, context.OperationBlocks, context.CancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                findings = ImmutableArray<Finding>.Empty;
                failure = exception.GetType().Name + ": " + exception.Message;
            }

            if (failure is not null)
            {
                // Never an AD0001 in a user's build: say what could not be analysed, and go on.
                var location = context.OwningSymbol.Locations.IsEmpty ? Location.None : context.OwningSymbol.Locations[0];
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AnalysisFailed, location, context.OwningSymbol.Name, failure));
            }

            foreach (var finding in findings)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DescriptorFor(finding.Sink.Kind),
                    finding.Location,
                    finding.Source.Name,
                    finding.Sink.Describe(finding.ThroughHelper)));
            }
        }

        private static DiagnosticDescriptor DescriptorFor(SinkKind kind) => kind switch
        {
            SinkKind.Export => Descriptors.ProtectedDataExported,
            SinkKind.Serialization => Descriptors.ProtectedDataSerialized,
            _ => Descriptors.ProtectedDataLogged,
        };
    }
}
