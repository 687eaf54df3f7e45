using MediatR;

namespace EqualityMark.Shared.Messaging;

/// <summary>A request that changes state: it runs inside one unit of work (one transaction).</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>, IUnitOfWorkCommand;
