// Mapster 10: the public shape of its mapping entry points (no behaviour).
#nullable disable
using System;
using System.Linq;

namespace Mapster
{
    public class TypeAdapterConfig { }

    public static class TypeAdapter
    {
        public static TDestination Adapt<TDestination>(this object source) => throw null;
        public static TDestination Adapt<TDestination>(this object source, TypeAdapterConfig config) => throw null;
        public static TDestination Adapt<TSource, TDestination>(this TSource source) => throw null;
        public static TDestination Adapt<TSource, TDestination>(this TSource source, TDestination destination) => throw null;
    }

    public static class Extensions
    {
        public static IQueryable<TDestination> ProjectToType<TDestination>(this IQueryable source, TypeAdapterConfig config = null) => throw null;
    }
}

namespace MapsterMapper
{
    public interface IMapper
    {
        TDestination Map<TDestination>(object source);
        TDestination Map<TSource, TDestination>(TSource source);
        TDestination Map<TSource, TDestination>(TSource source, TDestination destination);
    }
}
