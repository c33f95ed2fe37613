using System;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>Sinks declared in code rather than in policy rows: [ExportSink] methods and parameters, [LoggerMessage] methods.</summary>
internal static class UserSinks
{
    public static SinkMatch? Resolve(IMethodSymbol method)
    {
        var display = SymbolNames.Display(method);
        if (MarkerAttributes.Has(method, MarkerAttributes.ExportSink))
        {
            return new SinkMatch(new Sink(SinkKind.Export, display, DataView.Text));
        }

        bool[]? marked = null;
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (MarkerAttributes.Has(method.Parameters[i], MarkerAttributes.ExportSink))
            {
                marked ??= new bool[method.Parameters.Length];
                marked[i] = true;
            }
        }

        if (marked is not null)
        {
            return new SinkMatch(new Sink(SinkKind.Export, display, DataView.Text), marked);
        }

        if (LoggerMessageAttribute(method) is not { } loggerMessage)
        {
            return null;
        }

        // Every parameter is written to the log except the logger itself.
        var logged = new bool[method.Parameters.Length];
        for (var i = 0; i < logged.Length; i++)
        {
            logged[i] = !SymbolNames.Is(method.Parameters[i].Type, "Microsoft.Extensions.Logging", "ILogger");
        }

        // A template that destructures ("{@Applicant}") writes the object's members, not its ToString.
        var view = Template(loggerMessage)?.IndexOf("{@", StringComparison.Ordinal) >= 0 ? DataView.SystemTextJson : DataView.Text;
        return new SinkMatch(new Sink(SinkKind.Log, display, view), logged);
    }

    private static AttributeData? LoggerMessageAttribute(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, "Microsoft.Extensions.Logging", "LoggerMessageAttribute"))
            {
                return attribute;
            }
        }

        return null;
    }

    private static string? Template(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Value is string template)
            {
                return template;
            }
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Message" && named.Value.Value is string template)
            {
                return template;
            }
        }

        return null;
    }
}
