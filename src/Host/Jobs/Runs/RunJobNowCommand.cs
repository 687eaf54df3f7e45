using EqualityMark.Shared.Messaging;

namespace EqualityMark.Host.Jobs.Runs;

/// <summary>Starts a job now for the current local authority only; answers the Hangfire job id. Its run is listed with the others.</summary>
public sealed record RunJobNowCommand(string JobName) : ICommand<string>;
