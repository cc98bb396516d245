using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

/// <summary>
/// Qdrant's gRPC API answered in process, for protocol tests without a server: every request the client sends is
/// recorded (method as <c>Service/Method</c>, e.g. <c>Points/Upsert</c>, and message); replies are the API's plain
/// successes unless <see cref="On"/> sets one for a method, which may also throw an <see cref="RpcException"/> as a
/// server would.
/// </summary>
public sealed class RecordingQdrant : CallInvoker
{
    private readonly ConcurrentDictionary<string, Func<IMessage, IMessage>> _replies = new();

    public RecordingQdrant() => Client = new QdrantClient(new QdrantGrpcClient(this));

    public QdrantClient Client { get; }

    public ConcurrentQueue<(string Method, IMessage Request)> Requests { get; } = new();

    /// <summary>The reply to <paramref name="method"/> (e.g. <c>Points/Scroll</c>), given the request.</summary>
    public void On(string method, Func<IMessage, IMessage> reply) => _replies[method] = reply;

    public IReadOnlyList<T> Sent<T>() where T : IMessage => Requests.Select(r => r.Request).OfType<T>().ToList();

    public IReadOnlyList<string> Methods() => Requests.Select(r => r.Method).ToList();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host,
        CallOptions options, TRequest request)
    {
        var name = $"{method.ServiceName.Replace("qdrant.", "", StringComparison.Ordinal)}/{method.Name}";
        Requests.Enqueue((name, (IMessage)request));
        Task<TResponse> response;
        try
        {
            response = Task.FromResult(_replies.TryGetValue(name, out var reply) ? (TResponse)reply((IMessage)request) : Success<TResponse>());
        }
        catch (RpcException e)
        {
            response = Task.FromException<TResponse>(e);
        }
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    private static TResponse Success<TResponse>()
    {
        object reply = typeof(TResponse).Name switch
        {
            nameof(CollectionOperationResponse) => new CollectionOperationResponse { Result = true },
            nameof(PointsOperationResponse) => new PointsOperationResponse { Result = new UpdateResult { Status = UpdateStatus.Completed } },
            nameof(CollectionExistsResponse) => new CollectionExistsResponse { Result = new CollectionExists { Exists = false } },
            _ => Activator.CreateInstance<TResponse>()!,
        };
        return (TResponse)reply;
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method,
        string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method,
        string? host, CallOptions options) => throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method,
        string? host, CallOptions options) => throw new NotSupportedException();
}
