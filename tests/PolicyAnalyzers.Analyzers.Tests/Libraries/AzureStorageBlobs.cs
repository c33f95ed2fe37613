// Azure.Storage.Blobs 12 (package Azure.Storage.Blobs): uploads. A path parameter names a local file, and a blob
// name says where the content goes: neither is the content.
namespace Azure.Storage.Blobs
{
    using System;
    using System.IO;
    using System.Threading;
    using System.Threading.Tasks;
    using Azure.Storage.Blobs.Models;

    public class BlobServiceClient
    {
        public BlobServiceClient(string connectionString) { }
        public virtual BlobContainerClient GetBlobContainerClient(string blobContainerName) => throw null!;
    }

    public class BlobContainerClient
    {
        public BlobContainerClient(string connectionString, string blobContainerName) { }
        public virtual BlobClient GetBlobClient(string blobName) => throw null!;
        public virtual Response<BlobContentInfo> UploadBlob(string blobName, Stream content, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<BlobContentInfo> UploadBlob(string blobName, BinaryData content, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadBlobAsync(string blobName, Stream content, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadBlobAsync(string blobName, BinaryData content, CancellationToken cancellationToken = default) => throw null!;
    }

    public class BlobClient : Specialized.BlobBaseClient
    {
        public BlobClient(string connectionString, string blobContainerName, string blobName) { }
        public virtual Response<BlobContentInfo> Upload(Stream content) => throw null!;
        public virtual Response<BlobContentInfo> Upload(BinaryData content) => throw null!;
        public virtual Response<BlobContentInfo> Upload(string path) => throw null!;
        public virtual Response<BlobContentInfo> Upload(Stream content, bool overwrite = false, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<BlobContentInfo> Upload(BinaryData content, bool overwrite = false, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<BlobContentInfo> Upload(string path, bool overwrite = false, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<BlobContentInfo> Upload(Stream content, BlobUploadOptions options, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadAsync(Stream content) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadAsync(BinaryData content) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadAsync(string path) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadAsync(Stream content, bool overwrite = false, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, bool overwrite = false, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadAsync(string path, bool overwrite = false, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, BlobUploadOptions options, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Azure.Storage.Blobs.Specialized
{
    public class BlobBaseClient
    {
        public virtual string Name => throw null!;
        public virtual Response<bool> Exists(System.Threading.CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Azure.Storage.Blobs.Models
{
    public class BlobContentInfo { }

    public class BlobUploadOptions { public System.Collections.Generic.IDictionary<string, string> Metadata { get; set; } = null!; }
}
