using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>
/// The grid ratings of sent audits, for views over many schools (the heat-map, the benchmark counts). A sent audit's
/// grid cannot change — judgements and overrides are refused until it is returned, and sending it again gives it a new
/// sent time — so each is kept in memory by (audit, sent at) as one byte a cell, and only audits sent since are read.
/// </summary>
internal sealed class SentGridRatings(GridCalculator grids, IMemoryCache cache)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(6);

    /// <summary>Each audit's cells as (element, strand, rating), in the same order as <paramref name="audits"/>.</summary>
    public async Task<List<(SchoolAudit Audit, IReadOnlyList<(string ElementKey, string StrandKey, Rating Rating)> Cells)>> ForAsync(
        IReadOnlyList<SchoolAudit> audits, CancellationToken cancellationToken)
    {
        var ratings = new Rating[audits.Count][];
        var missing = new List<int>();
        for (var i = 0; i < audits.Count; i++)
        {
            if (audits[i].Status != AuditStatus.Submitted || !cache.TryGetValue(Key(audits[i]), out ratings[i]!))
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var computed = await grids.GridsAsync(missing.Select(i => audits[i]).ToList(), cancellationToken);
            for (var m = 0; m < missing.Count; m++)
            {
                var audit = audits[missing[m]];
                ratings[missing[m]] = computed[m].Cells.Select(c => c.Rating).ToArray();
                if (audit.Status == AuditStatus.Submitted)
                {
                    cache.Set(Key(audit), ratings[missing[m]], new MemoryCacheEntryOptions { SlidingExpiration = KeptFor });
                }
            }
        }

        var result = new List<(SchoolAudit, IReadOnlyList<(string, string, Rating)>)>(audits.Count);
        for (var i = 0; i < audits.Count; i++)
        {
            // GridsAsync lays cells out element by element, strand by strand; the version's content gives the keys back.
            var content = await grids.ContentAsync(audits[i].FrameworkVersionId, cancellationToken);
            var strands = content.Strands.Count;
            var row = ratings[i];
            result.Add((audits[i], row.Select((rating, k) => (content.Elements[k / strands].Key, content.Strands[k % strands].Key, rating)).ToList()));
        }

        return result;
    }

    private static string Key(SchoolAudit audit) => $"audit-sent-grid:{audit.Id}:{audit.SubmittedAt?.UtcTicks}";
}
