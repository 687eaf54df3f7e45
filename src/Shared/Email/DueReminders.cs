namespace EqualityMark.Shared.Email;

/// <summary>
/// One run of a daily reminder job, gathered before anything is written: each (kind, subject, period) once, with its
/// email to each recipient. The job then reads which of them earlier runs sent (one query, for <see cref="Subjects"/>
/// only), records the rest under their unique key and queues their emails in the same transaction, so a second run or
/// node sends nothing twice.
/// </summary>
public sealed class DueReminders(string? programmeName, string emailKind)
{
    private readonly Dictionary<(string Kind, Guid SubjectId, string Period), List<EmailMessage>> _due = [];

    public List<Guid> Subjects => _due.Keys.Select(k => k.SubjectId).Distinct().ToList();

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

    /// <summary>The reminders no earlier run sent: their keys, to record, and their emails, to queue.</summary>
    public (List<(string Kind, Guid SubjectId, string Period)> Keys, List<EmailMessage> Emails) NotYetSent(
        IEnumerable<(string Kind, Guid SubjectId, string Period)> alreadySent)
    {
        var sent = alreadySent.ToHashSet();
        var due = _due.Where(reminder => !sent.Contains(reminder.Key)).ToList();
        return (due.Select(r => r.Key).ToList(), due.SelectMany(r => r.Value).ToList());
    }
}
