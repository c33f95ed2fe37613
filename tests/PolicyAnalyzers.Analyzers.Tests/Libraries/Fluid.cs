// Fluid 2 (package Fluid.Core): Liquid templates rendered with a TemplateContext that holds the model and values.
namespace Fluid
{
    using System.Threading.Tasks;

    public class TemplateOptions { }

    public interface IFluidTemplate { }

    public class FluidParser
    {
        public IFluidTemplate Parse(string template) => throw null!;
        public bool TryParse(string template, out IFluidTemplate result, out string error) => throw null!;
    }

    public class TemplateContext
    {
        public TemplateContext() => throw null!;
        public TemplateContext(object model, TemplateOptions? options = null, bool allowModelMembers = true) => throw null!;
        public TemplateContext SetValue(string name, object value) => throw null!;
    }

    public static class FluidTemplateExtensions
    {
        public static string Render(this IFluidTemplate template, TemplateContext context) => throw null!;
        public static ValueTask<string> RenderAsync(this IFluidTemplate template, TemplateContext context) => throw null!;
    }
}
