using EqualityMark.Shared.Input;
using MediatR;

namespace EqualityMark.Shared.Messaging;

/// <summary>
/// Every command and query meets <see cref="InputRule"/> before its validators and handler run, whether it came
/// from the API, a page form or a job, so no text the database would refuse gets as far as the database.
/// </summary>
public sealed class InputRuleBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        InputRule.Enforce(request);
        return next();
    }
}
