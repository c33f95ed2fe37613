using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles;

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
        foreach (string path in assemblyPaths)
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
        HashSet<string> markers = MarkerAttributes(assemblies);
        var shapes = new List<ProtectedTypeShape>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (MetadataTables md in assemblies)
        {
            foreach (ProtectedTypeShape shape in FromTables(md, markers))
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
        MetadataTables md = MetadataTables.Read(image);
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
        foreach ((string ns, string name) in MarkerNames.ProtectionMarkers)
        {
            markers.Add(MarkerNames.FullName(ns, name));
        }

        markers.UnionWith(MarkerNames.ClassificationLibraryMarkers);
        var classifications = new HashSet<string>(MarkerNames.ClassificationLibraryMarkers, StringComparer.Ordinal)
        {
            MarkerNames.FullName(MarkerNames.ComplianceNamespace, MarkerNames.DataClassification),
        };

        // Each round may find attributes derived from ones another assembly declares; stop when a round adds none.
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (MetadataTables md in assemblies)
            {
                int types = md.RowCount(MetadataTables.TypeDef);
                for (int t = 1; t <= types; t++)
                {
                    string name = TypeDefName(md, t);
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
        int types = md.RowCount(MetadataTables.TypeDef);
        for (int depth = 0; depth < 32 && type > 0; depth++)
        {
            (int table, int row) = md.Decode(MetadataTables.CodedTypeDefOrRef, md.Get(MetadataTables.TypeDef, type, 3));
            string baseName = table switch
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
        int types = md.RowCount(MetadataTables.TypeDef);
        int fields = md.RowCount(MetadataTables.Field);
        int methods = md.RowCount(MetadataTables.MethodDef);
        int parameters = md.RowCount(MetadataTables.Param);
        int properties = md.RowCount(MetadataTables.Property);

        int[] ownerOfField = Owners(md, MetadataTables.TypeDef, 4, types, fields);
        int[] ownerOfMethod = Owners(md, MetadataTables.TypeDef, 5, types, methods);
        int[] methodOfParam = Owners(md, MetadataTables.MethodDef, 5, methods, parameters);
        int[] ownerOfProperty = new int[properties + 1];
        var propertiesOf = new List<string>[types + 1];
        int maps = md.RowCount(MetadataTables.PropertyMap);
        for (int map = 1; map <= maps; map++)
        {
            int type = md.Get(MetadataTables.PropertyMap, map, 0);
            int first = md.Get(MetadataTables.PropertyMap, map, 1);
            int end = map < maps ? md.Get(MetadataTables.PropertyMap, map + 1, 1) : properties + 1;
            for (int p = first; p < end && p <= properties; p++)
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
        int attributes = md.RowCount(MetadataTables.CustomAttribute);
        for (int a = 1; a <= attributes; a++)
        {
            (int ctorTable, int ctorRow) = md.Decode(MetadataTables.CodedCustomAttributeType, md.Get(MetadataTables.CustomAttribute, a, 1));
            string attribute = ctorTable switch
            {
                MetadataTables.MethodDef => TypeDefName(md, Owner(ownerOfMethod, ctorRow)),
                MetadataTables.MemberRef => MemberRefClassName(md, ctorRow),
                _ => string.Empty,
            };
            if (!markers.Contains(attribute))
            {
                continue;
            }

            (int table, int row) = md.Decode(MetadataTables.CodedHasCustomAttribute, md.Get(MetadataTables.CustomAttribute, a, 0));
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
                    int method = methodOfParam[row];
                    Mark(markedMembers, Owner(ownerOfMethod, method), md.String(MetadataTables.Param, row, 2));
                    break;
            }
        }

        // Protection flows to derived types of the same assembly.
        var baseOf = new int[types + 1];
        for (int t = 1; t <= types; t++)
        {
            (int table, int row) = md.Decode(MetadataTables.CodedTypeDefOrRef, md.Get(MetadataTables.TypeDef, t, 3));
            baseOf[t] = table == MetadataTables.TypeDef && row <= types ? row : 0;
        }

        for (bool changed = true; changed;)
        {
            changed = false;
            for (int t = 1; t <= types; t++)
            {
                if (!typeMarked[t] && baseOf[t] > 0 && typeMarked[baseOf[t]])
                {
                    typeMarked[t] = changed = true;
                }
            }
        }

        var shapes = new List<ProtectedTypeShape>();
        for (int t = 1; t <= types; t++)
        {
            string name = md.String(MetadataTables.TypeDef, t, 1);
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

            int tick = name.IndexOf('`');
            shapes.Add(new ProtectedTypeShape(tick > 0 ? name.Substring(0, tick) : name, all, markedProperties, typeMarked[t]));
        }

        return shapes;
    }

    /// <summary>Whether the type or a base type of the same assembly declares a marked member: both are the type's.</summary>
    private static bool HasMarkedMembers(HashSet<string>[] markedMembers, int[] baseOf, int type)
    {
        for (int depth = 0; type > 0 && depth < 32; type = baseOf[type], depth++)
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
        for (int parent = 1; parent <= parents; parent++)
        {
            int first = md.Get(parentTable, parent, listColumn);
            int end = parent < parents ? md.Get(parentTable, parent + 1, listColumn) : children + 1;
            for (int child = Math.Max(1, first); child < end && child <= children; child++)
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

        (int table, int parent) = md.Decode(MetadataTables.CodedMemberRefParent, md.Get(MetadataTables.MemberRef, row, 0));
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
