// AutoMapper 14: the public shape of IMapper and ProjectTo (no behaviour).
#nullable disable
using System;
using System.Linq;
using System.Linq.Expressions;

namespace AutoMapper
{
    public interface IConfigurationProvider { }

    public interface IMapperBase
    {
        TDestination Map<TDestination>(object source);
        TDestination Map<TSource, TDestination>(TSource source);
        TDestination Map<TSource, TDestination>(TSource source, TDestination destination);
    }

    public interface IMapper : IMapperBase
    {
        IQueryable<TDestination> ProjectTo<TDestination>(IQueryable source, object parameters = null, params Expression<Func<TDestination, object>>[] membersToExpand);
    }
}

namespace AutoMapper.QueryableExtensions
{
    public static class Extensions
    {
        public static IQueryable<TDestination> ProjectTo<TDestination>(this IQueryable source, AutoMapper.IConfigurationProvider configuration, params Expression<Func<TDestination, object>>[] membersToExpand) => throw null;
    }
}
