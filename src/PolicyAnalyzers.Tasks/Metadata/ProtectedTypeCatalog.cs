using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Metadata;

/// <summary>
/// Finds the project's protected types in its compiled assemblies, reading metadata only (<see cref="MetadataTables"/>):
/// the build's MSBuild process never loads, locks or runs the user's code, and the task ships no dependency. A type
/// is protected when it carries a marker, derives from a protected type of the same assembly, or has marked members
/// (properties, fields, or parameters of a record's primary constructor). Markers are matched by full name, as the
/// analyzer matches them (<see cref="MarkerNames"/>), including attributes derived from DataClassificationAttribute
/// that the assemblies read declare.
/// </summary>
internal static class ProtectedTypeCatalog
{
    private const string BackingFieldSuffix = ">k__BackingField";

    /// <summary>The shapes of the protected types in <paramref name="assemblyPaths"/>; a file that cannot be read is
    /// skipped and named in <paramref name="unreadable"/>.</summary>
    public static List<ProtectedTypeShape> Read(IEnumerable<string> assemblyPaths, List<string> unreadable)
    {
        var assemblies = new List<MetadataTables>();
        foreach (var path in assemblyPaths)
        {
            try
            {
                assemblies.Add(MetadataTables.Read(File.ReadAllBytes(path)));
            }
            catch (Exception ex) when (
                ex is IOException or UnauthorizedAccessException or FormatException or NotSupportedException or ArgumentException)
            {
                unreadable.Add(path);
            }
        }

        // A marker declared in one project (an attribute derived from DataClassificationAttribute) counts in the others.
        var markers = MarkerAttributes(assemblies);
        var shapes = new List<ProtectedTypeShape>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var md in assemblies)
        {
            foreach (var shape in FromTables(md, markers))
            {
                if (seen.Add(shape.TypeName + "|" + string.Join(",", shape.Keys)))
                {
                    shapes.Add(shape);
                }
            }
        }

        shapes.Sort((a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
        return shapes;
    }

    public static List<ProtectedTypeShape> FromImage(byte[] image)
    {
        var md = MetadataTables.Read(image);
        return FromTables(md, MarkerAttributes([md]));
    }

    /// <summary>
    /// The full names of the attributes that mark protected data: those of <see cref="MarkerNames.ProtectionMarkers"/>,
    /// the classification library's own, and every attribute of <paramref name="assemblies"/> derived from
    /// DataClassificationAttribute, directly or through another such attribute.
    /// </summary>
    public static HashSet<string> MarkerAttributes(IReadOnlyList<MetadataTables> assemblies)
    {
        var markers = new HashSet<string>(StringComparer.Ordinal);
        foreach ((var ns, var name) in MarkerNames.ProtectionMarkers)
        {
            markers.Add(MarkerNames.FullName(ns, name));
        }

        markers.UnionWith(MarkerNames.ClassificationLibraryMarkers);
        var classifications = new HashSet<string>(MarkerNames.ClassificationLibraryMarkers, StringComparer.Ordinal)
        {
            MarkerNames.FullName(MarkerNames.ComplianceNamespace, MarkerNames.DataClassification),
        };

        // Each round may find attributes derived from ones another assembly declares; stop when a round adds none.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var md in assemblies)
            {
                var types = md.RowCount(MetadataTables.TypeDef);
                for (var t = 1; t <= types; t++)
                {
                    var name = TypeDefName(md, t);
                    if (!classifications.Contains(name) && DerivesFromAny(md, t, classifications))
                    {
                        classifications.Add(name);
                        markers.Add(name);
                        changed = true;
                    }
                }
            }
        }

        return markers;
    }

    /// <summary>Whether the base chain of type <paramref name="type"/> reaches one of <paramref name="bases"/>.</summary>
    private static bool DerivesFromAny(MetadataTables md, int type, HashSet<string> bases)
    {
        var types = md.RowCount(MetadataTables.TypeDef);
        for (var depth = 0; depth < 32 && type > 0; depth++)
        {
            (var table, var row) = md.Decode(MetadataTables.CodedTypeDefOrRef, md.Get(MetadataTables.TypeDef, type, 3));
            var baseName = table switch
            {
                MetadataTables.TypeDef when row <= types => TypeDefName(md, row),
                MetadataTables.TypeRef when row <= md.RowCount(MetadataTables.TypeRef) => TypeRefName(md, row),
                _ => string.Empty,
            };
            if (bases.Contains(baseName))
            {
                return true;
            }

            type = table == MetadataTables.TypeDef && row <= types ? row : 0;
        }

        return false;
    }

    private static List<ProtectedTypeShape> FromTables(MetadataTables md, HashSet<string> markers)
    {
        var types = md.RowCount(MetadataTables.TypeDef);
        var fields = md.RowCount(MetadataTables.Field);
        var methods = md.RowCount(MetadataTables.MethodDef);
        var parameters = md.RowCount(MetadataTables.Param);
        var properties = md.RowCount(MetadataTables.Property);

        var ownerOfField = Owners(md, MetadataTables.TypeDef, 4, types, fields);
        var ownerOfMethod = Owners(md, MetadataTables.TypeDef, 5, types, methods);
        var methodOfParam = Owners(md, MetadataTables.MethodDef, 5, methods, parameters);
        var ownerOfProperty = new int[properties + 1];
        var propertiesOf = new List<string>[types + 1];
        var maps = md.RowCount(MetadataTables.PropertyMap);
        for (var map = 1; map <= maps; map++)
        {
            var type = md.Get(MetadataTables.PropertyMap, map, 0);
            var first = md.Get(MetadataTables.PropertyMap, map, 1);
            var end = map < maps ? md.Get(MetadataTables.PropertyMap, map + 1, 1) : properties + 1;
            for (var p = first; p < end && p <= properties; p++)
            {
                ownerOfProperty[p] = type;
                if (type >= 1 && type <= types)
                {
                    (propertiesOf[type] ??= []).Add(md.String(MetadataTables.Property, p, 1));
                }
            }
        }

        var typeMarked = new bool[types + 1];
        var markedMembers = new HashSet<string>[types + 1];
        var attributes = md.RowCount(MetadataTables.CustomAttribute);
        for (var a = 1; a <= attributes; a++)
        {
            (var ctorTable, var ctorRow) = md.Decode(MetadataTables.CodedCustomAttributeType, md.Get(MetadataTables.CustomAttribute, a, 1));
            var attribute = ctorTable switch
            {
                MetadataTables.MethodDef => TypeDefName(md, Owner(ownerOfMethod, ctorRow)),
                MetadataTables.MemberRef => MemberRefClassName(md, ctorRow),
                _ => string.Empty,
            };
            if (!markers.Contains(attribute))
            {
                continue;
            }

            (var table, var row) = md.Decode(MetadataTables.CodedHasCustomAttribute, md.Get(MetadataTables.CustomAttribute, a, 0));
            switch (table)
            {
                case MetadataTables.TypeDef when row <= types:
                    typeMarked[row] = true;
                    break;
                case MetadataTables.Property when row <= properties:
                    Mark(markedMembers, ownerOfProperty[row], md.String(MetadataTables.Property, row, 1));
                    break;
                case MetadataTables.Field when row <= fields:
                    Mark(markedMembers, ownerOfField[row], PropertyNameOfField(md.String(MetadataTables.Field, row, 1)));
                    break;
                case MetadataTables.Param when row <= parameters:
                    var method = methodOfParam[row];
                    Mark(markedMembers, Owner(ownerOfMethod, method), md.String(MetadataTables.Param, row, 2));
                    break;
            }
        }

        // Protection flows to derived types of the same assembly.
        var baseOf = new int[types + 1];
        for (var t = 1; t <= types; t++)
        {
            (var table, var row) = md.Decode(MetadataTables.CodedTypeDefOrRef, md.Get(MetadataTables.TypeDef, t, 3));
            baseOf[t] = table == MetadataTables.TypeDef && row <= types ? row : 0;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            for (var t = 1; t <= types; t++)
            {
                if (!typeMarked[t] && baseOf[t] > 0 && typeMarked[baseOf[t]])
                {
                    typeMarked[t] = changed = true;
                }
            }
        }

        var shapes = new List<ProtectedTypeShape>();
        for (var t = 1; t <= types; t++)
        {
            var name = md.String(MetadataTables.TypeDef, t, 1);
            if ((!typeMarked[t] && !HasMarkedMembers(markedMembers, baseOf, t)) || name.StartsWith("<", StringComparison.Ordinal))
            {
                continue;
            }

            var all = new List<string>();
            var marked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int type = t, depth = 0; type > 0 && depth < 32; type = baseOf[type], depth++)
            {
                all.AddRange((propertiesOf[type] ?? []).Where(IsDataProperty));
                marked.UnionWith(markedMembers[type] ?? []);
            }

            var markedProperties = all.Where(marked.Contains).ToList();
            if (!typeMarked[t] && markedProperties.Count == 0)
            {
                continue;
            }

            var tick = name.IndexOf('`');
            shapes.Add(new ProtectedTypeShape(tick > 0 ? name.Substring(0, tick) : name, all, markedProperties, typeMarked[t]));
        }

        return shapes;
    }

    /// <summary>Whether the type or a base type of the same assembly declares a marked member: both are the type's.</summary>
    private static bool HasMarkedMembers(HashSet<string>[] markedMembers, int[] baseOf, int type)
    {
        for (var depth = 0; type > 0 && depth < 32; type = baseOf[type], depth++)
        {
            if (markedMembers[type] is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDataProperty(string name) =>
        name.Length > 0 && name != "EqualityContract" && name.IndexOf('.') < 0 && name.IndexOf('<') < 0;

    private static void Mark(HashSet<string>[] marked, int type, string member)
    {
        if (type > 0 && type < marked.Length && member.Length > 0)
        {
            (marked[type] ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(member);
        }
    }

    /// <summary>"&lt;FullName&gt;k__BackingField" is the field of the auto-property FullName.</summary>
    private static string PropertyNameOfField(string field) =>
        field.StartsWith("<", StringComparison.Ordinal) && field.EndsWith(BackingFieldSuffix, StringComparison.Ordinal)
            ? field.Substring(1, field.Length - 1 - BackingFieldSuffix.Length)
            : field;

    private static int Owner(int[] owners, int row) => row > 0 && row < owners.Length ? owners[row] : 0;

    /// <summary>For each child row (1-based), the parent row whose list column starts the run it belongs to.</summary>
    private static int[] Owners(MetadataTables md, int parentTable, int listColumn, int parents, int children)
    {
        var owners = new int[children + 1];
        for (var parent = 1; parent <= parents; parent++)
        {
            var first = md.Get(parentTable, parent, listColumn);
            var end = parent < parents ? md.Get(parentTable, parent + 1, listColumn) : children + 1;
            for (var child = Math.Max(1, first); child < end && child <= children; child++)
            {
                owners[child] = parent;
            }
        }

        return owners;
    }

    private static string TypeDefName(MetadataTables md, int row) =>
        row <= 0 ? string.Empty : Join(md.String(MetadataTables.TypeDef, row, 2), md.String(MetadataTables.TypeDef, row, 1));

    private static string MemberRefClassName(MetadataTables md, int row)
    {
        if (row <= 0 || row > md.RowCount(MetadataTables.MemberRef))
        {
            return string.Empty;
        }

        (var table, var parent) = md.Decode(MetadataTables.CodedMemberRefParent, md.Get(MetadataTables.MemberRef, row, 0));
        return table switch
        {
            MetadataTables.TypeRef when parent <= md.RowCount(MetadataTables.TypeRef) => TypeRefName(md, parent),
            MetadataTables.TypeDef when parent <= md.RowCount(MetadataTables.TypeDef) => TypeDefName(md, parent),
            _ => string.Empty,
        };
    }

    private static string TypeRefName(MetadataTables md, int row) =>
        Join(md.String(MetadataTables.TypeRef, row, 2), md.String(MetadataTables.TypeRef, row, 1));

    private static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
