using MediatR;

namespace EqualityMark.Shared.Messaging;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
