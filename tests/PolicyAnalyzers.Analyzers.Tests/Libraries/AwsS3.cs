// AWSSDK.S3 (package AWSSDK.S3): object uploads. A FilePath names a local file, a Key where the object goes.
namespace Amazon.Runtime
{
    public abstract class AmazonWebServiceRequest { }

    public class AmazonWebServiceResponse { }
}

namespace Amazon.S3.Model
{
    public class PutObjectRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string BucketName { get; set; } = "";
        public string Key { get; set; } = "";
        public string ContentBody { get; set; } = "";
        public System.IO.Stream InputStream { get; set; } = null!;
        public string FilePath { get; set; } = "";
        public string ContentType { get; set; } = "";
    }

    public class PutObjectResponse : Amazon.Runtime.AmazonWebServiceResponse { }
}

namespace Amazon.S3
{
    using System.Threading;
    using System.Threading.Tasks;
    using Amazon.S3.Model;

    public interface IAmazonS3 : System.IDisposable
    {
        Task<PutObjectResponse> PutObjectAsync(PutObjectRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonS3Client : IAmazonS3
    {
        public Task<PutObjectResponse> PutObjectAsync(PutObjectRequest request, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }
}

namespace Amazon.S3.Transfer
{
    using System.IO;
    using System.Threading;
    using System.Threading.Tasks;

    public class TransferUtilityUploadRequest
    {
        public string BucketName { get; set; } = "";
        public string Key { get; set; } = "";
        public Stream InputStream { get; set; } = null!;
        public string FilePath { get; set; } = "";
    }

    public interface ITransferUtility : System.IDisposable
    {
        void Upload(string filePath, string bucketName);
        void Upload(string filePath, string bucketName, string key);
        void Upload(Stream stream, string bucketName, string key);
        void Upload(TransferUtilityUploadRequest request);
        Task UploadAsync(string filePath, string bucketName, string key, CancellationToken cancellationToken = default);
        Task UploadAsync(Stream stream, string bucketName, string key, CancellationToken cancellationToken = default);
        Task UploadAsync(TransferUtilityUploadRequest request, CancellationToken cancellationToken = default);
    }

    public class TransferUtility : ITransferUtility
    {
        public TransferUtility(IAmazonS3 s3Client) { }
        public void Upload(string filePath, string bucketName) { }
        public void Upload(string filePath, string bucketName, string key) { }
        public void Upload(Stream stream, string bucketName, string key) { }
        public void Upload(TransferUtilityUploadRequest request) { }
        public Task UploadAsync(string filePath, string bucketName, string key, CancellationToken cancellationToken = default) => throw null!;
        public Task UploadAsync(Stream stream, string bucketName, string key, CancellationToken cancellationToken = default) => throw null!;
        public Task UploadAsync(TransferUtilityUploadRequest request, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }
}
