namespace PolicyAnalyzers.Tests;

/// <summary>Types the tests share: a protected record type, a type with one protected member, and look-alikes that are not protected.</summary>
internal static class TestModel
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using PolicyAnalyzers;

        """;

    /// <summary>The usings of ASP.NET Core endpoint code: minimal APIs, results and controllers.</summary>
    public const string WebUsings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        """;

    public const string Types = """

        [ProtectedData("detainee")]
        public sealed class DetentionRecord
        {
            public string FullName { get; set; } = "";
            public DateTime DateOfBirth { get; set; }
            public string Nationality { get; set; } = "";
            public string Facility { get; set; } = "";
        }

        public sealed class Applicant
        {
            [ProtectedData] public string Name { get; set; } = "";
            public int CaseCount { get; set; }
            public string Office { get; set; } = "";
        }

        public sealed class Product
        {
            public string Name { get; set; } = "";
            public string FullName { get; set; } = "";
            public decimal Price { get; set; }
        }

        public sealed record FacilityCount(string Facility, int Count);
        """;

    /// <summary>A compilation unit: the usings, the code under test, then the shared types.</summary>
    public static string With(string code) => Usings + code + Types;

    /// <summary>A compilation unit whose one method, <c>Export.Run</c> with the given parameters, holds the statements under test.</summary>
    public static string WithExport(string parameters, string statements) => With($$"""
        class Export
        {
            void Run({{parameters}})
            {
                {{statements}}
            }
        }
        """);

    /// <summary>The same with a library's <paramref name="usings"/> in scope, as the catalog's tests of that library need.</summary>
    public static string WithExport(string usings, string parameters, string statements) =>
        WithExport(usings, "void", parameters, statements);

    /// <summary>The same, with <c>Run</c> asynchronous for the library's awaitable calls.</summary>
    public static string WithAsyncExport(string usings, string parameters, string statements) =>
        WithExport(usings, "async Task", parameters, statements);

    private static string WithExport(string usings, string returns, string parameters, string statements) => With($$"""
        {{usings}}

        class Export
        {
            {{returns}} Run({{parameters}})
            {
                {{statements}}
            }
        }
        """);
}
