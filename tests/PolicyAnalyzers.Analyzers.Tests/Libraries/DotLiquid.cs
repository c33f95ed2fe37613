// DotLiquid 2 (package DotLiquid): Liquid templates; the model is a Hash of values the template reads by name.
namespace DotLiquid
{
    using System;
    using System.Collections.Generic;
    using System.IO;

    public class Hash
    {
        public object this[string key] { get => throw null!; set => throw null!; }
        public void Add(string key, object value) => throw null!;
        public static Hash FromAnonymousObject(object anonymousObject, bool includeBaseClassProperties = false) => throw null!;
        public static Hash FromDictionary(IDictionary<string, object> dictionary) => throw null!;
    }

    public class RenderParameters
    {
        public RenderParameters(IFormatProvider formatProvider) => throw null!;
        public Hash LocalVariables { get => throw null!; set => throw null!; }
    }

    public class Template
    {
        public static Template Parse(string source) => throw null!;
        public string Render() => throw null!;
        public string Render(Hash localVariables) => throw null!;
        public string Render(Hash localVariables, IFormatProvider formatProvider) => throw null!;
        public string Render(RenderParameters parameters) => throw null!;
        public void Render(TextWriter result, RenderParameters parameters) => throw null!;
    }
}
