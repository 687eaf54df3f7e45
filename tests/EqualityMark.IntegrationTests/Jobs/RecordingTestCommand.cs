using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>A job the test app declares like a module would (job "test-recording"), to watch runs per authority.</summary>
public sealed record RecordingTestCommand : ICommand<Unit>
{
    public const string JobName = "test-recording";
}
