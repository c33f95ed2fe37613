// System.Memory.Data and Azure.Core (dependencies of the Azure SDKs): BinaryData and the response types.
namespace System
{
    public class BinaryData
    {
        public BinaryData(byte[] data) { }
        public BinaryData(string data) { }
        public static BinaryData FromString(string data) => throw null!;
        public static BinaryData FromBytes(byte[] data) => throw null!;
        public static BinaryData FromStream(System.IO.Stream stream) => throw null!;
        public static BinaryData FromObjectAsJson<T>(T jsonSerializable, System.Text.Json.JsonSerializerOptions? options = null) => throw null!;
        public byte[] ToArray() => throw null!;
        public override string ToString() => throw null!;
    }
}

namespace Azure
{
    public abstract class Response { }

    public abstract class Response<T> { public T Value => throw null!; }
}
