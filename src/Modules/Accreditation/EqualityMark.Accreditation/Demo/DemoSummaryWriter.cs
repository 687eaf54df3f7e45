using System.Text.Json;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Awards;
using EqualityMark.Accreditation.Features.Summaries;
using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Accreditation.Demo;

/// <summary>Writes a demo school's summaries as if they had gone through the real steps: sent, accepted at the desk check, verified at a visit.</summary>
internal sealed class DemoSummaryWriter(AccreditationDbContext db, Awarding awarding, SummaryPrefillReader prefills, SchoolDto school, string coordinator, string advisor)
{
    public async Task<AccreditationSummary> SendAsync(string strandKey, string strandName, string actions, string outcomes, string pupilVoice, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var summary = new AccreditationSummary
        {
            SchoolId = school.Id, SchoolName = school.Name, StrandKey = strandKey, StrandName = strandName, StartedAt = sentAt.AddDays(-21), StartedBy = coordinator,
        };
        summary.Save(actions, outcomes, pupilVoice, coordinator, sentAt.AddDays(-1));
        summary.Send(coordinator, sentAt);
        db.Summaries.Add(summary);
        var prefill = await prefills.ReadAsync(school.Id, strandKey, cancellationToken);
        db.SummaryVersions.Add(new SummaryVersion
        {
            SummaryId = summary.Id, Number = 1, ActionsTaken = actions, OutcomesAchieved = outcomes, PupilVoice = pupilVoice,
            PrefillJson = JsonSerializer.Serialize(prefill, SnapshotJson.Options), DocumentsJson = "[]", SentAt = sentAt, SentBy = coordinator,
        });
        Entry(summary, SummaryEntryKind.Sent, coordinator, string.Empty, sentAt);
        await db.SaveChangesAsync(cancellationToken);
        return summary;
    }

    public async Task AwardAsync(AccreditationSummary summary, DateOnly visitedOn, CancellationToken cancellationToken)
    {
        var accepted = summary.SentAt!.Value.AddDays(10);
        summary.Accept(accepted);
        Entry(summary, SummaryEntryKind.Accepted, advisor, "A clear account with strong evidence of impact.", accepted);
        var verified = new DateTimeOffset(visitedOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
        summary.Awarded(verified);
        Entry(summary, SummaryEntryKind.Awarded, advisor, $"Visit on {visitedOn:d MMMM yyyy}. Pupils described the changes in their own words.", verified);
        await db.SaveChangesAsync(cancellationToken);
        await awarding.AwardBadgeAsync(summary, school, visitedOn, advisor, cancellationToken);
    }

    private void Entry(AccreditationSummary summary, SummaryEntryKind kind, string author, string text, DateTimeOffset at) =>
        db.SummaryEntries.Add(new SummaryEntry { SummaryId = summary.Id, Version = summary.Version, Kind = kind, Author = author, Text = text, At = at });
}
