using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Shared.Email;

/// <summary>
/// One run of a daily reminder job, gathered before anything is written: each (kind, subject, period) once, with its
/// email to each recipient. <see cref="RecordNotYetSentAsync"/> then records those no earlier run sent under their
/// unique key, and the job queues their emails in the same transaction, so a second run or node sends nothing twice.
/// </summary>
public sealed class DueReminders(string? programmeName, string emailKind)
{
    private readonly Dictionary<(string Kind, Guid SubjectId, string Period), List<EmailMessage>> _due = [];

    private List<Guid> Subjects => _due.Keys.Select(k => k.SubjectId).Distinct().ToList();

    /// <param name="recipients">Each recipient's email and full name; a reminder with none is not due.</param>
    public void Add(string kind, Guid subjectId, string period, IEnumerable<(string Email, string FullName)> recipients, string subject, string body)
    {
        var emails = recipients.Select(person =>
            new EmailMessage(person.Email, subject, $"Dear {person.FullName},\n\n{body}\n\n{programmeName}", emailKind)).ToList();
        if (emails.Count > 0)
        {
            _due.TryAdd((kind, subjectId, period), emails);
        }
    }

    /// <summary>
    /// Reads which of these reminders earlier runs recorded (one query, for their subjects only), adds a record of each
    /// of the rest to <paramref name="records"/>, and returns the rest's emails, to queue in the same transaction.
    /// </summary>
    public async Task<List<EmailMessage>> RecordNotYetSentAsync<TRecord>(
        DbSet<TRecord> records, Func<(string Kind, Guid SubjectId, string Period), TRecord> record, CancellationToken cancellationToken)
        where TRecord : class, ISentReminder
    {
        var subjects = Subjects;
        var sent = (await records.AsNoTracking().Where(r => subjects.Contains(r.SubjectId))
            .Select(r => new { r.Kind, r.SubjectId, r.Period }).ToListAsync(cancellationToken))
            .Select(r => (r.Kind, r.SubjectId, r.Period)).ToHashSet();
        var due = _due.Where(reminder => !sent.Contains(reminder.Key)).ToList();
        records.AddRange(due.Select(reminder => record(reminder.Key)));
        return due.SelectMany(reminder => reminder.Value).ToList();
    }
}
