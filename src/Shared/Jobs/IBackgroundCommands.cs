using MediatR;

namespace EqualityMark.Shared.Jobs;

/// <summary>
/// Runs a request later on a job server (Hangfire), in a scope fixed to the current authority and acting as the
/// system. For work too slow for a web request; the request's record must serialise to JSON.
/// </summary>
public interface IBackgroundCommands
{
    /// <summary>Queues <paramref name="command"/>; returns the background job's id.</summary>
    string Enqueue<TCommand>(TCommand command)
        where TCommand : IRequest<Unit>;
}
