using System;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Metadata;

/// <summary>
/// The compressed metadata tables (#~ stream) of a .NET assembly, read from its bytes per ECMA-335 II.24 and II.22:
/// row counts, row sizes and the column readers the protected-type catalog needs (TypeDef, TypeRef, Field, MethodDef,
/// Param, MemberRef, CustomAttribute, PropertyMap, Property). Read-only and without loading the assembly, so the
/// build never locks or executes the user's code. Table layouts are fixed by the standard, so one list of column
/// kinds per table is enough to find every table's rows.
/// </summary>
internal sealed class MetadataTables
{
    public const int Module = 0x00;
    public const int TypeRef = 0x01;
    public const int TypeDef = 0x02;
    public const int Field = 0x04;
    public const int MethodDef = 0x06;
    public const int Param = 0x08;
    public const int MemberRef = 0x0A;
    public const int CustomAttribute = 0x0C;
    public const int PropertyMap = 0x15;
    public const int Property = 0x17;

    private const int TableCount = 64;

    // Column kinds: 1, 2, 4 = fixed bytes; 'S' string heap, 'G' GUID heap, 'B' blob heap; 't' + table = simple index;
    // 'c' + coded index number.
    private static readonly string[] Schemas = BuildSchemas();

    // Coded index tag tables (ECMA-335 II.24.2.6); -1 = unused tag.
    private static readonly int[][] CodedIndexes =
    [
        [TypeDef, TypeRef, 0x1B], // 0 TypeDefOrRef
        [Field, Param, Property], // 1 HasConstant
        // 2 HasCustomAttribute
        [MethodDef, Field, TypeRef, TypeDef, Param, 0x09, MemberRef, Module, 0x0E, Property, 0x14, 0x11, 0x1A, 0x1B, 0x20, 0x23,
            0x26, 0x27, 0x28, 0x2A, 0x2C, 0x2B],
        [Field, Param], // 3 HasFieldMarshal
        [TypeDef, MethodDef, 0x20], // 4 HasDeclSecurity
        [TypeDef, TypeRef, 0x1A, MethodDef, 0x1B], // 5 MemberRefParent
        [0x14, Property], // 6 HasSemantics
        [MethodDef, MemberRef], // 7 MethodDefOrRef
        [Field, MethodDef], // 8 MemberForwarded
        [0x26, 0x23, 0x27], // 9 Implementation
        [-1, -1, MethodDef, MemberRef, -1], // 10 CustomAttributeType
        [Module, 0x1A, 0x23, TypeRef], // 11 ResolutionScope
        [TypeDef, MethodDef], // 12 TypeOrMethodDef
    ];

    private readonly byte[] _image;
    private readonly int _stringsOffset;
    private readonly int _stringsSize;
    private readonly int[] _rows = new int[TableCount];
    private readonly int[] _tableOffset = new int[TableCount];
    private readonly int[] _rowSize = new int[TableCount];
    private readonly int[][] _columnOffsets = new int[TableCount][];
    private readonly int[][] _columnSizes = new int[TableCount][];
    private readonly int _stringIndexSize;
    private readonly int _guidIndexSize;
    private readonly int _blobIndexSize;

    private MetadataTables(byte[] image, int tablesOffset, int stringsOffset, int stringsSize)
    {
        _image = image;
        _stringsOffset = stringsOffset;
        _stringsSize = stringsSize;
        var heapSizes = image[tablesOffset + 6];
        _stringIndexSize = (heapSizes & 1) != 0 ? 4 : 2;
        _guidIndexSize = (heapSizes & 2) != 0 ? 4 : 2;
        _blobIndexSize = (heapSizes & 4) != 0 ? 4 : 2;
        var valid = BitConverter.ToUInt64(image, tablesOffset + 8);
        var position = tablesOffset + 24;
        for (var t = 0; t < TableCount; t++)
        {
            if ((valid & (1UL << t)) != 0)
            {
                _rows[t] = checked((int)BitConverter.ToUInt32(image, position));
                position += 4;
            }
        }

        for (var t = 0; t < TableCount; t++)
        {
            if (_rows[t] == 0)
            {
                continue;
            }

            if (t >= Schemas.Length || Schemas[t] is null)
            {
                throw new FormatException($"unknown metadata table 0x{t:X2}");
            }

            ComputeLayout(t);
            _tableOffset[t] = position;
            position = checked(position + (_rowSize[t] * _rows[t]));
        }

        if (position > image.Length)
        {
            throw new FormatException("metadata tables run past the end of the file");
        }
    }

    /// <summary>Reads the tables of the assembly image; throws <see cref="FormatException"/> for anything else.</summary>
    public static MetadataTables Read(byte[] image)
    {
        try
        {
            return ReadCore(image);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new FormatException("not a readable .NET assembly", ex);
        }
    }

    public int RowCount(int table) => _rows[table];

    /// <summary>Column <paramref name="column"/> of 1-based row <paramref name="row"/>: an integer, heap offset or index.</summary>
    public int Get(int table, int row, int column)
    {
        var offset = _tableOffset[table] + ((row - 1) * _rowSize[table]) + _columnOffsets[table][column];
        return _columnSizes[table][column] switch
        {
            4 => BitConverter.ToInt32(_image, offset),
            2 => BitConverter.ToUInt16(_image, offset),
            _ => _image[offset],
        };
    }

    public string String(int table, int row, int column) => HeapString(Get(table, row, column));

    /// <summary>Splits a coded index into (table, 1-based row).</summary>
    public (int Table, int Row) Decode(int codedIndex, int value)
    {
        var tables = CodedIndexes[codedIndex];
        var bits = TagBits(tables.Length);
        var tag = value & ((1 << bits) - 1);
        return (tag < tables.Length ? tables[tag] : -1, value >> bits);
    }

    public const int CodedHasCustomAttribute = 2;
    public const int CodedMemberRefParent = 5;
    public const int CodedCustomAttributeType = 10;
    public const int CodedTypeDefOrRef = 0;

    private string HeapString(int offset)
    {
        if (offset < 0 || offset >= _stringsSize)
        {
            return string.Empty;
        }

        var start = _stringsOffset + offset;
        var end = start;
        while (end < _image.Length && _image[end] != 0)
        {
            end++;
        }

        return Encoding.UTF8.GetString(_image, start, end - start);
    }

    private static MetadataTables ReadCore(byte[] image)
    {
        // PE: DOS header → PE signature → COFF header → optional header (CLI header is data directory 14) → sections.
        var pe = BitConverter.ToInt32(image, 0x3C);
        if (image[0] != 'M' || image[1] != 'Z' || BitConverter.ToUInt32(image, pe) != 0x00004550)
        {
            throw new FormatException("not a PE file");
        }

        var coff = pe + 4;
        int sections = BitConverter.ToUInt16(image, coff + 2);
        int optionalSize = BitConverter.ToUInt16(image, coff + 16);
        var optional = coff + 20;
        var magic = BitConverter.ToUInt16(image, optional);
        var directories = optional + (magic == 0x20B ? 112 : 96);
        var cliRva = BitConverter.ToInt32(image, directories + (14 * 8));
        if (cliRva == 0)
        {
            throw new FormatException("not a .NET assembly");
        }

        var sectionTable = optional + optionalSize;
        int ToOffset(int rva)
        {
            for (var s = 0; s < sections; s++)
            {
                var header = sectionTable + (s * 40);
                var virtualSize = BitConverter.ToInt32(image, header + 8);
                var virtualAddress = BitConverter.ToInt32(image, header + 12);
                var rawSize = BitConverter.ToInt32(image, header + 16);
                var rawPointer = BitConverter.ToInt32(image, header + 20);
                if (rva >= virtualAddress && rva < virtualAddress + Math.Max(virtualSize, rawSize))
                {
                    return rva - virtualAddress + rawPointer;
                }
            }

            throw new FormatException("an address is outside every section");
        }

        var cli = ToOffset(cliRva);
        var metadata = ToOffset(BitConverter.ToInt32(image, cli + 8));
        if (BitConverter.ToUInt32(image, metadata) != 0x424A5342)
        {
            throw new FormatException("no metadata signature");
        }

        var versionLength = BitConverter.ToInt32(image, metadata + 12);
        var position = metadata + 16 + versionLength + 2;
        int streams = BitConverter.ToUInt16(image, position);
        position += 2;
        var tables = -1;
        var strings = -1;
        var stringsSize = 0;
        for (var s = 0; s < streams; s++)
        {
            var offset = BitConverter.ToInt32(image, position);
            var size = BitConverter.ToInt32(image, position + 4);
            position += 8;
            var nameStart = position;
            while (image[position] != 0)
            {
                position++;
            }

            var name = Encoding.ASCII.GetString(image, nameStart, position - nameStart);
            position = nameStart + (((position - nameStart) + 4) & ~3);
            if (name == "#~")
            {
                tables = metadata + offset;
            }
            else if (name == "#Strings")
            {
                strings = metadata + offset;
                stringsSize = size;
            }
        }

        if (tables < 0 || strings < 0)
        {
            throw new FormatException("no compressed metadata tables (#~)");
        }

        return new MetadataTables(image, tables, strings, stringsSize);
    }

    private void ComputeLayout(int table)
    {
        var schema = Schemas[table];
        var offsets = new int[schema.Length];
        var sizes = new int[schema.Length];
        var columns = 0;
        var offset = 0;
        for (var i = 0; i < schema.Length; i++)
        {
            var kind = schema[i];
            var size = kind switch
            {
                '1' => 1,
                '2' => 2,
                '4' => 4,
                'S' => _stringIndexSize,
                'G' => _guidIndexSize,
                'B' => _blobIndexSize,
                't' => _rows[schema[++i]] < 0x10000 ? 2 : 4,
                'c' => CodedSize(schema[++i]),
                _ => throw new FormatException("bad schema"),
            };
            offsets[columns] = offset;
            sizes[columns] = size;
            columns++;
            offset += size;
        }

        Array.Resize(ref offsets, columns);
        Array.Resize(ref sizes, columns);
        _columnOffsets[table] = offsets;
        _columnSizes[table] = sizes;
        _rowSize[table] = offset;
    }

    private int CodedSize(int codedIndex)
    {
        var tables = CodedIndexes[codedIndex];
        var maxRows = 0;
        foreach (var t in tables)
        {
            if (t >= 0)
            {
                maxRows = Math.Max(maxRows, _rows[t]);
            }
        }

        return maxRows < (1 << (16 - TagBits(tables.Length))) ? 2 : 4;
    }

    private static int TagBits(int tables)
    {
        var bits = 0;
        while ((1 << bits) < tables)
        {
            bits++;
        }

        return bits;
    }

    private static string[] BuildSchemas()
    {
        static string T(int table) => "t" + (char)table;
        static string C(int coded) => "c" + (char)coded;
        var s = new string[0x2D];
        s[0x00] = "2SGGG"; // Module
        s[0x01] = C(11) + "SS"; // TypeRef
        s[0x02] = "4SS" + C(0) + T(Field) + T(MethodDef); // TypeDef
        s[0x03] = T(Field); // FieldPtr
        s[0x04] = "2SB"; // Field
        s[0x05] = T(MethodDef); // MethodPtr
        s[0x06] = "422SB" + T(Param); // MethodDef
        s[0x07] = T(Param); // ParamPtr
        s[0x08] = "22S"; // Param
        s[0x09] = T(TypeDef) + C(0); // InterfaceImpl
        s[0x0A] = C(5) + "SB"; // MemberRef
        s[0x0B] = "2" + C(1) + "B"; // Constant (type byte + padding)
        s[0x0C] = C(2) + C(10) + "B"; // CustomAttribute
        s[0x0D] = C(3) + "B"; // FieldMarshal
        s[0x0E] = "2" + C(4) + "B"; // DeclSecurity
        s[0x0F] = "24" + T(TypeDef); // ClassLayout
        s[0x10] = "4" + T(Field); // FieldLayout
        s[0x11] = "B"; // StandAloneSig
        s[0x12] = T(TypeDef) + T(0x14); // EventMap
        s[0x13] = T(0x14); // EventPtr
        s[0x14] = "2S" + C(0); // Event
        s[0x15] = T(TypeDef) + T(Property); // PropertyMap
        s[0x16] = T(Property); // PropertyPtr
        s[0x17] = "2SB"; // Property
        s[0x18] = "2" + T(MethodDef) + C(6); // MethodSemantics
        s[0x19] = T(TypeDef) + C(7) + C(7); // MethodImpl
        s[0x1A] = "S"; // ModuleRef
        s[0x1B] = "B"; // TypeSpec
        s[0x1C] = "2" + C(8) + "S" + T(0x1A); // ImplMap
        s[0x1D] = "4" + T(Field); // FieldRVA
        s[0x1E] = "44"; // EncLog
        s[0x1F] = "4"; // EncMap
        s[0x20] = "42222" + "4BSS"; // Assembly
        s[0x21] = "4"; // AssemblyProcessor
        s[0x22] = "444"; // AssemblyOS
        s[0x23] = "2222" + "4BSSB"; // AssemblyRef
        s[0x24] = "4" + T(0x23); // AssemblyRefProcessor
        s[0x25] = "444" + T(0x23); // AssemblyRefOS
        s[0x26] = "4SB"; // File
        s[0x27] = "44SS" + C(9); // ExportedType
        s[0x28] = "44S" + C(9); // ManifestResource
        s[0x29] = T(TypeDef) + T(TypeDef); // NestedClass
        s[0x2A] = "22" + C(12) + "S"; // GenericParam
        s[0x2B] = C(7) + "B"; // MethodSpec
        s[0x2C] = T(0x2A) + C(0); // GenericParamConstraint
        return s;
    }
}
