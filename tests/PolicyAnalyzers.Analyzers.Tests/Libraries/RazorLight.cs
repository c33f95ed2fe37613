// RazorLight 2 (package RazorLight): Razor templates rendered to a string outside ASP.NET Core MVC.
namespace RazorLight
{
    using System.Dynamic;
    using System.Threading.Tasks;

    public interface IRazorLightEngine
    {
        Task<string> CompileRenderAsync<T>(string key, T model, ExpandoObject? viewBag = null);
        Task<string> CompileRenderStringAsync<T>(string key, string content, T model, ExpandoObject? viewBag = null);
    }

    public class RazorLightEngine : IRazorLightEngine
    {
        public Task<string> CompileRenderAsync<T>(string key, T model, ExpandoObject? viewBag = null) => throw null!;
        public Task<string> CompileRenderStringAsync<T>(string key, string content, T model, ExpandoObject? viewBag = null) => throw null!;
    }

    public class RazorLightEngineBuilder
    {
        public RazorLightEngineBuilder UseMemoryCachingProvider() => throw null!;
        public RazorLightEngine Build() => throw null!;
    }
}
