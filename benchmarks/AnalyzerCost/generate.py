#!/usr/bin/env python3
"""Generates a C# project of realistic application code for measuring what PolicyAnalyzers costs.

Each unit is one file of about 120 lines: a model marked [ProtectedData] (unless --no-protected), DTOs, a service with
LINQ, string building, loops, async, pattern matching, logging, file exports and calls into the previous unit's
service (so helper chains cross files), and a controller. Every 25th unit leaks on purpose, as real code does: the
analyzer reports those as warnings (PA0002, PA0003), which never fail the build (CI mode is off in the project).

The project references the PolicyAnalyzers package as a user's project does. WithPolicyAnalyzers=false switches the
PackageReference off and references only the package's attributes assembly, so the same code compiles and the two
builds differ in nothing but the package. Each setting has its own obj/ and bin/ (Directory.Build.props), so that
alternating between them never makes NuGet restore again.
"""
import argparse
import os

UNIT = '''using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using PolicyAnalyzers;

namespace Generated.Unit{i};

{marker}public sealed class Person{i}
{{
    public string FullName {{ get; set; }} = "";
    public DateTime DateOfBirth {{ get; set; }}
    public string Office {{ get; set; }} = "";
    public int Visits {{ get; set; }}
    public List<string> Tags {{ get; set; }} = new();
}}

public sealed class Product{i}
{{
    public string Name {{ get; set; }} = "";
    public decimal Price {{ get; set; }}
    public int Stock {{ get; set; }}
}}

public sealed record OfficeCount{i}(string Office, int Total);

public static class Format{i}
{{
    public static string Line(string label, int value) => $"{{label.Trim()}};{{value}}";

    public static string Join(IEnumerable<string> values) => string.Join(",", values.Where(v => v.Length > 0));

    public static string Describe(Product{i} product) =>
        product.Stock switch
        {{
            0 => product.Name + " (sold out)",
            < 10 => product.Name + " (low)",
            _ => product.Name,
        }};
}}

public sealed class Service{i}
{{
    private readonly List<Person{i}> _people = new();
    private readonly List<Product{i}> _products = new();
    private readonly ILogger _logger;
    private readonly {previous} _previous;

    public Service{i}(ILogger logger, {previous} previous)
    {{
        _logger = logger;
        _previous = previous;
    }}

    public IReadOnlyList<OfficeCount{i}> Statistics() =>
        _people.GroupBy(p => p.Office).Select(g => new OfficeCount{i}(g.Key, g.Count())).OrderBy(c => c.Office).ToList();

    public string Report()
    {{
        var builder = new StringBuilder();
        builder.AppendLine("Office;Visits");
        foreach (var person in _people)
        {{
            if (person.Visits > 3 && person.Tags.Any(t => t.StartsWith("vip", StringComparison.Ordinal)))
            {{
                builder.AppendLine(Format{i}.Line(person.Office, person.Visits));
            }}
        }}

        return builder.ToString();
    }}

    public void Save(string directory)
    {{
        var path = Path.Combine(directory, "statistics{i}.csv");
        File.WriteAllText(path, Format{i}.Join(Statistics().Select(s => s.Office + ":" + s.Total)));
        _logger.LogInformation("Saved {{Count}} offices for {{People}} people", Statistics().Count, _people.Count);
    }}

    public decimal Stock(IEnumerable<Product{i}> products)
    {{
        decimal total = 0;
        foreach (var product in products.Where(p => p.Price > 0))
        {{
            total += product.Price * product.Stock;
        }}

        return total + _products.Sum(p => p.Price);
    }}

    public async Task<string> CatalogAsync()
    {{
        await Task.Yield();
        var lines = _products.OrderByDescending(p => p.Price).Take(10).Select(Format{i}.Describe).ToList();
        return string.Join(Environment.NewLine, lines) + await {previous_call};
    }}

    public string Classify(object value) => value switch
    {{
        Product{i} product when product.Stock > 0 => "product " + product.Name,
        OfficeCount{i} count => "office " + count.Office,
        string text => "text of " + text.Length,
        _ => "unknown",
    }};

    public Dictionary<string, int> VisitsByOffice()
    {{
        var result = new Dictionary<string, int>();
        foreach (var person in _people)
        {{
            result.TryGetValue(person.Office, out var visits);
            result[person.Office] = visits + person.Visits;
        }}

        return result;
    }}

{leak}}}

[ApiController]
[Route("api/unit{i}")]
public sealed class Unit{i}Controller : ControllerBase
{{
    private readonly Service{i} _service;

    public Unit{i}Controller(Service{i} service) => _service = service;

    [HttpGet("statistics")]
    public IReadOnlyList<OfficeCount{i}> Statistics() => _service.Statistics();

    [HttpGet("catalog")]
    public async Task<ActionResult<string>> Catalog() => Ok(await _service.CatalogAsync());

    [HttpGet("stock")]
    public decimal Stock() => _service.Stock(Array.Empty<Product{i}>());
}}
'''

LEAK = '''    public string ExportPeople() => JsonSerializer.Serialize(_people);

    public void LogFirst() => _logger.LogWarning("First person: {{Name}}", _people.FirstOrDefault()?.FullName);

'''

BASE = '''namespace Generated;

public sealed class Root
{
    public System.Threading.Tasks.Task<string> CatalogAsync() => System.Threading.Tasks.Task.FromResult("");
}
'''

PROJECT = '''<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>$(NoWarn);CS1591;CS8602;CS8604</NoWarn>
    <!-- The leaks written on purpose stay warnings, even where CI=true. -->
    <PolicyAnalyzersCIMode>false</PolicyAnalyzersCIMode>
  </PropertyGroup>
  <ItemGroup Condition="'$(WithPolicyAnalyzers)' == 'true'">
    <PackageReference Include="PolicyAnalyzers" Version="{version}" />
  </ItemGroup>
  <ItemGroup Condition="'$(WithPolicyAnalyzers)' != 'true'">
    <Reference Include="PolicyAnalyzers.Attributes" HintPath="{attributes}" />
  </ItemGroup>
</Project>
'''

# Imported before the SDK sets its paths: one obj/ and bin/ per setting of WithPolicyAnalyzers, and neither globbed
# as sources by the other.
DIRECTORY_BUILD_PROPS = '''<Project>
  <PropertyGroup>
    <WithPolicyAnalyzers Condition="'$(WithPolicyAnalyzers)' == ''">true</WithPolicyAnalyzers>
    <_BenchSetting Condition="'$(WithPolicyAnalyzers)' == 'true'">with</_BenchSetting>
    <_BenchSetting Condition="'$(WithPolicyAnalyzers)' != 'true'">without</_BenchSetting>
    <BaseIntermediateOutputPath>obj/$(_BenchSetting)/</BaseIntermediateOutputPath>
    <BaseOutputPath>bin/$(_BenchSetting)/</BaseOutputPath>
    <DefaultItemExcludes>$(DefaultItemExcludes);obj/**;bin/**</DefaultItemExcludes>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
'''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, required=True, help="approximate lines of code to generate")
    parser.add_argument("--out", required=True)
    parser.add_argument("--no-protected", action="store_true", help="generate no [ProtectedData] marker at all")
    parser.add_argument("--package-version", default="0.1.0", help="the PolicyAnalyzers version to reference")
    parser.add_argument(
        "--attributes",
        help="PolicyAnalyzers.Attributes.dll for builds without the package (default: the one in the restored package)")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "Generated.csproj"), "w") as project:
        attributes = args.attributes or (f"$(NuGetPackageRoot)policyanalyzers/{args.package_version.lower()}"
                                         "/lib/netstandard2.0/PolicyAnalyzers.Attributes.dll")
        project.write(PROJECT.format(version=args.package_version, attributes=attributes))
    with open(os.path.join(args.out, "Directory.Build.props"), "w") as props:
        props.write(DIRECTORY_BUILD_PROPS)
    with open(os.path.join(args.out, "Root.cs"), "w") as root:
        root.write(BASE)

    lines = BASE.count("\n")
    i = 0
    while lines < args.lines:
        previous = "Generated.Root" if i == 0 else f"Generated.Unit{i - 1}.Service{i - 1}"
        text = UNIT.format(
            i=i,
            marker="" if args.no_protected else "[ProtectedData]\n",
            previous=previous,
            previous_call="_previous.CatalogAsync()",
            leak=LEAK.format() if i % 25 == 0 else "",
        )
        with open(os.path.join(args.out, f"Unit{i}.cs"), "w") as unit:
            unit.write(text)
        lines += text.count("\n")
        i += 1

    print(f"{args.out}: {i} files, {lines} lines")


if __name__ == "__main__":
    main()
