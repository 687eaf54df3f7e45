using EqualityMark.Shared.Messaging;

namespace EqualityMark.Host.Jobs.Runs;

/// <summary>The latest runs of scheduled jobs for the current local authority.</summary>
public sealed record ListJobRunsQuery(int Take = 100) : IQuery<IReadOnlyList<JobRunDto>>;
