// Stubble 1 (package Stubble.Core): Mustache templates rendered from a view object.
namespace Stubble.Core
{
    using System.Threading.Tasks;

    public sealed class StubbleVisitorRenderer
    {
        public string Render(string template, object view) => throw null!;
        public ValueTask<string> RenderAsync(string template, object view) => throw null!;
    }
}

namespace Stubble.Core.Builders
{
    public sealed class StubbleBuilder
    {
        public Stubble.Core.StubbleVisitorRenderer Build() => throw null!;
    }
}
