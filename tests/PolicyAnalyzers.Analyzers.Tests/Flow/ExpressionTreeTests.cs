using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>A lambda converted to an expression tree is code that a query provider translates, not a value.</summary>
public class ExpressionTreeTests
{
    private const string QueryHelpers = """
        using System.Linq.Expressions;
        using Microsoft.Extensions.Logging;

        namespace Microsoft.EntityFrameworkCore
        {
            public static class EntityFrameworkQueryableExtensions
            {
                public static IQueryable<T> Include<T, TProperty>(this IQueryable<T> source, Expression<Func<T, TProperty>> path) => source;
            }
        }

        static class QueryExtensions
        {
            // A query helper as real applications write them: it logs what it filters on.
            public static IQueryable<T> ApplySearch<T>(this IQueryable<T> query, Expression<Func<T, string>> field, string term, ILogger logger)
            {
                logger.LogDebug("Filtering {Field} by a term", field);
                return query;
            }
        }
        """;

    [Fact]
    public Task WhenAQueryFiltersOrdersOrIncludesByAProtectedMember_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(QueryHelpers + """
            class ActivityLog
            {
                void Run(IQueryable<Applicant> applicants, ILogger logger, string email)
                {
                    IQueryable<Applicant> query = applicants.Where(a => a.Name == email).OrderBy(a => a.Name);
                    query = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(query, a => a.Name);
                    query = query.ApplySearch(a => a.Name, email, logger);
                    Expression<Func<Applicant, string>> selector = a => a.Name;
                    logger.LogInformation("Sorting by {Selector}", selector);
                    logger.LogInformation("{Count} applicants", query.Count());
                }
            }
            """));

    [Fact]
    public Task WhenAQueryProjectsProtectedMembers_WhatItReturnsIsProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Search
            {
                void Run(IQueryable<Applicant> applicants, ILogger logger)
                {
                    var names = applicants.Where(a => a.CaseCount > 2).Select(a => a.Name).ToList();
                    logger.LogInformation("Found {Names}", {|PA0003:names|});
                    var offices = applicants.Select(a => a.Office).ToList();
                    logger.LogInformation("Offices {Offices}", offices);
                }
            }
            """));
}
