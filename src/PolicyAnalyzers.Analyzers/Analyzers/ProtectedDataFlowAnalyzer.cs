using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Configuration;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Flow;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Analyzers;

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
        Descriptors.ShownToSignedInUsers,
        Descriptors.UnmarkedPersonalData,
        Descriptors.ApprovedDisclosure,
        Descriptors.PolicyNotUnderstood,
        Descriptors.AnalysisFailed);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is analysed for one reason: the Razor generator writes Razor Pages and components into the
        // compilation, and what they render is reported on their .cshtml/.razor lines. Other generated code is skipped
        // as soon as it is met (AnalyzeBlock).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var project = ProjectPolicy.Read(start.Options, start.CancellationToken);
            var flow = new FlowContext(start.Compilation, new ApiPolicy(project, start.Compilation));
            if (!project.Errors.IsEmpty)
            {
                start.RegisterCompilationEndAction(end => ReportPolicyErrors(project, end));
            }

            if (!MarkerPresence.MayHoldProtectedData(start.Compilation, project, start.CancellationToken))
            {
                if (DiagnosticSwitch.IsOffEverywhere(start.Compilation, DiagnosticIds.UnmarkedPersonalData, start.CancellationToken))
                {
                    // Nothing can be protected and no suggestion is wanted (CI mode turns PA0004 off): no work at all.
                    return;
                }

                // Nothing here can be protected, so there is no flow to follow. What serializers and exports write
                // is still noted, for PA0004's suggestions: unmarked projects are where they help most.
                start.RegisterOperationAction(
                    operation => NoteWhatSinksWrite(flow, operation),
                    OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Return);
                start.RegisterCompilationEndAction(end => ReportUnmarkedPersonalData(flow, end));
                return;
            }

            start.RegisterOperationBlockAction(block => AnalyzeBlock(flow, block));

            // PA0004 and PA0006 need every flow of the compilation seen first.
            start.RegisterCompilationEndAction(end =>
            {
                ReportUnmarkedPersonalData(flow, end);
                ReportApprovedDisclosures(flow, end);
            });
        });
    }

    private static void AnalyzeBlock(FlowContext flow, OperationBlockAnalysisContext context)
    {
        if (context.IsGeneratedCode && !IsAnalysedPage(flow, context.OwningSymbol))
        {
            return;
        }

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
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AnalysisFailed, location, SymbolNames.Display(context.OwningSymbol), failure));
        }

        foreach (var finding in findings)
        {
            context.ReportDiagnostic(finding.SignedInRequirement is { } requirement
                ? Diagnostic.Create(
                    Descriptors.ShownToSignedInUsers, finding.Location, InventoryPropertiesFor(finding, context.OwningSymbol),
                    finding.Source.Name, finding.Sink.Describe(finding.ThroughHelper), requirement)
                : Diagnostic.Create(
                    DescriptorFor(finding.Sink.Kind), finding.Location, PropertiesFor(finding),
                    finding.Source.Name, finding.Sink.Describe(finding.ThroughHelper)));
        }
    }

    /// <summary>
    /// Razor Pages and components are analysed where they render; MVC views are not, because what they render is
    /// reported where a controller hands them their data (<c>return View(model)</c>), with that action's audience.
    /// </summary>
    private static bool IsAnalysedPage(FlowContext flow, ISymbol owner) =>
        flow.Policy.Pages?.Of(owner.ContainingType) is { Kind: PageKind.RazorPage or PageKind.Component };

    private static void NoteWhatSinksWrite(FlowContext flow, OperationAnalysisContext context)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        switch (context.Operation)
        {
            case IInvocationOperation invocation:
                NoteArguments(flow, invocation.TargetMethod, invocation.Arguments);
                break;
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                NoteArguments(flow, constructor, creation.Arguments);
                break;
            case IReturnOperation { ReturnedValue: { } returned } when
                context.ContainingSymbol is IMethodSymbol method && Endpoints.IsControllerAction(method):
                flow.NoteRendered(FlowWalker.StaticType(returned), flow.Policy.Endpoints.ActionResponse(method));
                break;
        }
    }

    private static void NoteArguments(FlowContext flow, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (flow.Policy.Sink(method) is not { } sink)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (sink.Covers(argument.Parameter))
            {
                flow.NoteRendered(FlowWalker.StaticType(argument.Value), sink.Sink);
            }
        }
    }

    private static void ReportUnmarkedPersonalData(FlowContext flow, CompilationAnalysisContext context)
    {
        var reported = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var diagnostics = new List<Diagnostic>();
        try
        {
            // Each member once, named with the first sink by name that writes it: the same message in every build.
            foreach (var rendered in flow.RenderedTypes.OrderBy(r => r.Value, StringComparer.Ordinal))
            {
                foreach (var (member, category) in UnmarkedPersonalData.Find(flow.Protection, rendered.Key.Type, rendered.Key.View))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    // A member of a referenced project is that project's to mark (and, in the IDE, a location the
                    // driver rejects in this compilation: an AD0001).
                    if (IsInThisCompilation(member.Locations[0], context.Compilation) && reported.Add(member))
                    {
                        diagnostics.Add(Diagnostic.Create(
                            Descriptors.UnmarkedPersonalData,
                            member.Locations[0],
                            member.ContainingType.Name + "." + member.Name,
                            category,
                            rendered.Value));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // These are suggestions only: losing them must never fail a build (an AD0001 would).
            diagnostics.Clear();
        }

        // Sinks are seen in whatever order the driver runs; report in source order so builds are reproducible.
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>PA0006: one inventory entry per [AuthorizedDisclosure], at the attribute, in source order.</summary>
    private static void ReportApprovedDisclosures(FlowContext flow, CompilationAnalysisContext context)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var approval in flow.Approvals)
        {
            var attribute = MarkerAttributes.Find(approval.Key, MarkerAttributes.AuthorizedDisclosure);
            var location = attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation();
            if (attribute is null || location is null || !IsInThisCompilation(location, context.Compilation))
            {
                continue;
            }

            var justification = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
            var approver = attribute.NamedArguments.FirstOrDefault(a => a.Key == MarkerNames.ApprovedByArgument).Value.Value as string;
            var sinks = approval.Value.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            var code = DisplayName(approval.Key);
            var why = string.IsNullOrWhiteSpace(justification) ? "(no justification)" : justification!;
            var who = string.IsNullOrWhiteSpace(approver) ? "(nobody)" : approver!;
            var covers = sinks.Count == 0 ? "no flow of protected data found" : string.Join("; ", sinks);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DisclosureProperties.Code, code)
                .Add(DisclosureProperties.Justification, why)
                .Add(DisclosureProperties.ApprovedBy, who)
                .Add(DisclosureProperties.Covers, covers);
            diagnostics.Add(Diagnostic.Create(Descriptors.ApprovedDisclosure, location, properties, code, why, who, covers));
        }

        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>PA0008: a policy row the analyzer could not read is not applied; say so rather than miss flows silently.</summary>
    private static void ReportPolicyErrors(ProjectPolicy project, CompilationAnalysisContext context)
    {
        foreach (var error in project.Errors)
        {
            var location = error.Path is null
                ? Location.None
                : Location.Create(error.Path, default, new Microsoft.CodeAnalysis.Text.LinePositionSpan(
                    new Microsoft.CodeAnalysis.Text.LinePosition(System.Math.Max(0, error.Line - 1), 0),
                    new Microsoft.CodeAnalysis.Text.LinePosition(System.Math.Max(0, error.Line - 1), 0)));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PolicyNotUnderstood, location, error.Message));
        }
    }

    private static bool IsInThisCompilation(Location location, Compilation compilation) =>
        location.SourceTree is { } tree && compilation.ContainsSyntaxTree(tree);

    private static string DisplayName(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda => "lambda in " + DisplayName(lambda.ContainingSymbol),
        IMethodSymbol { MethodKind: MethodKind.LocalFunction } local => DisplayName(local.ContainingSymbol) + "." + local.Name,
        INamedTypeSymbol type => type.Name,
        _ => SymbolNames.Display(symbol),
    };

    /// <summary>A PA0007 entry of the inventory: what is shown, where, to whom.</summary>
    private static ImmutableDictionary<string, string?> InventoryPropertiesFor(Finding finding, ISymbol owner) =>
        (PropertiesFor(finding) ?? ImmutableDictionary<string, string?>.Empty)
            .SetItem(DisclosureProperties.Code, DisplayName(owner))
            .SetItem(DisclosureProperties.Data, finding.Source.Name)
            .SetItem(DisclosureProperties.Covers, finding.Sink.Describe(finding.ThroughHelper))
            .SetItem(DisclosureProperties.Audience, finding.SignedInRequirement);

    /// <summary>For a serializer finding inside an object: the member to exclude and the attribute that does it.</summary>
    private static ImmutableDictionary<string, string?>? PropertiesFor(Finding finding)
    {
        if (finding.Sink.Kind == SinkKind.Log ||
            finding.Source.Member is not { } member ||
            member.Locations.IsEmpty || !member.Locations[0].IsInSource ||
            SerializerViews.IgnoreAttributeFor(finding.Sink.View, finding.Sink.Name) is not { } ignore ||
            DocumentationCommentId.CreateDeclarationId(member) is not { } memberId)
        {
            return null;
        }

        return ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.Member, memberId)
            .Add(DiagnosticProperties.IgnoreAttribute, ignore.FullName)
            .Add(DiagnosticProperties.IgnoreAttributeUsage, ignore.Usage);
    }

    private static DiagnosticDescriptor DescriptorFor(SinkKind kind) => kind switch
    {
        SinkKind.Export => Descriptors.ProtectedDataExported,
        SinkKind.Serialization or SinkKind.Response => Descriptors.ProtectedDataSerialized,
        _ => Descriptors.ProtectedDataLogged,
    };
}
