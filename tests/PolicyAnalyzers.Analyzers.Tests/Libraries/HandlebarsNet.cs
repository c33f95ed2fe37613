// Handlebars.Net 2 (package Handlebars.Net): a compiled template is a delegate called with the data it renders.
namespace HandlebarsDotNet
{
    public delegate string HandlebarsTemplate<in TContext, in TData>(TContext context, TData? data = default);

    public static class Handlebars
    {
        public static HandlebarsTemplate<object, object> Compile(string template) => throw null!;
    }
}
