// Scriban 5 (package Scriban): templates rendered from a model object whose members they read by name.
namespace Scriban
{
    using System.Threading.Tasks;

    public class Template
    {
        public static Template Parse(string text, string? sourceFilePath = null) => throw null!;
        public string Render(object? model = null) => throw null!;
        public ValueTask<string> RenderAsync(object? model = null) => throw null!;
    }
}
