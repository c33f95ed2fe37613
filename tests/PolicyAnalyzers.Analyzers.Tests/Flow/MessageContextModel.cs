namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// Smartstore's message context, which the parameter-placement tests hand to helpers: a template name, and a recipient
/// that callers fill with a person's name.
/// </summary>
internal static class MessageContextModel
{
    /// <summary>The logging using and the context type, with any extra members the test needs.</summary>
    public static string Declaration(string extraMembers = "") => $$"""
        using Microsoft.Extensions.Logging;

        public sealed class MessageContext
        {
            public string TemplateName { get; set; } = "";
            public string Recipient { get; set; } = "";
            {{extraMembers}}
        }

        """;
}
