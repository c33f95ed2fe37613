using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>EF Core navigations are empty unless the query loads them: Include, ThenInclude, a projection that reads them.</summary>
public class EntityNavigationTests
{
    private const string Model = """
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }

            public class DbSet<T> : IQueryable<T> where T : class
            {
                public Type ElementType => typeof(T);
                public System.Linq.Expressions.Expression Expression => throw null!;
                public IQueryProvider Provider => throw null!;
                public IEnumerator<T> GetEnumerator() => throw null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null!;
            }
        }

        public sealed class Author { [ProtectedData] public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
        public sealed class Comment { public string Text { get; set; } = ""; public Author Writer { get; set; } = null!; }
        public sealed class Category
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
            public Author Author { get; set; } = null!;
            public List<Comment> Comments { get; set; } = new();
        }

        public sealed class BlogContext : Microsoft.EntityFrameworkCore.DbContext
        {
            public Microsoft.EntityFrameworkCore.DbSet<Category> Categories { get; set; } = null!;
            public Microsoft.EntityFrameworkCore.DbSet<Author> Authors { get; set; } = null!;
            public Microsoft.EntityFrameworkCore.DbSet<Comment> Comments { get; set; } = null!;
        }
        """;

    private const string Include = """
        namespace Microsoft.EntityFrameworkCore
        {
            public interface IIncludableQueryable<out T, out TProperty> : IQueryable<T> { }

            public static class EntityFrameworkQueryableExtensions
            {
                public static IIncludableQueryable<T, TProperty> Include<T, TProperty>(this IQueryable<T> source, System.Linq.Expressions.Expression<Func<T, TProperty>> path) where T : class => throw null!;
                public static IIncludableQueryable<T, TProperty> ThenInclude<T, TPrevious, TProperty>(this IIncludableQueryable<T, IEnumerable<TPrevious>> source, System.Linq.Expressions.Expression<Func<TPrevious, TProperty>> path) where T : class => throw null!;
            }
        }
        """;

    [Fact]
    public Task WhenAQueryDoesNotLoadANavigation_WhatItWouldLeadToIsNotShown() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.AspNetCore.Mvc;

            public sealed class CategoriesController : ControllerBase
            {
                private readonly BlogContext _db = new();

                [HttpGet] public IActionResult List() => Ok(_db.Categories.ToList());
                [HttpGet] public List<Category> Titles() => _db.Categories.Where(c => c.Id > 0).ToList();
            }
            """ + Model));

    [Fact]
    public Task WhenAQueryIncludesOrProjectsANavigation_WhatItLeadsToIsShown() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;

            public sealed class CategoriesController : ControllerBase
            {
                private readonly BlogContext _db = new();

                [HttpGet] public IActionResult WithAuthors() => Ok({|#0:_db.Categories.Include(c => c.Author).ToList()|});
                [HttpGet] public IActionResult WithComments() => Ok({|#1:_db.Categories.Include(c => c.Comments).ThenInclude(c => c.Writer).ToList()|});
                [HttpGet] public IActionResult Projected() => Ok({|PA0002:_db.Categories.Select(c => new { c.Title, c.Author.Email }).ToList()|});
                [HttpGet] public IActionResult Authors() => Ok({|PA0002:_db.Authors.ToList()|});
                [HttpGet] public IActionResult WithCommentTexts() => Ok(_db.Categories.Include(c => c.Comments).ToList());
            }
            """ + Model + Include),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Category.Author.Email", "the HTTP response 'ControllerBase.Ok'"),
            Verify.Diagnostic("PA0002").WithLocation(1).WithArguments("Comment.Writer.Email", "the HTTP response 'ControllerBase.Ok'"));
}
