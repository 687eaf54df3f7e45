using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>The nightly job: rewrites this authority's benchmark counts for this school year and the two before, from sent audits.</summary>
public sealed record ComputeBenchmarkCountsCommand : ICommand<Unit>;

/// <summary>A school's summary grid for the audit's year and the one before, beside its authority's and all authorities' schools of its phase.</summary>
internal sealed record GetSchoolBenchmarksQuery(Guid AuditId) : IQuery<BenchmarksDto>;

/// <summary>The authority's schools of one phase beside all authorities' (Year null: this academic year; Phase null: the first phase shown).</summary>
internal sealed record GetAuthorityBenchmarksQuery(int? Year, SchoolPhase? Phase) : IQuery<BenchmarksDto>;
