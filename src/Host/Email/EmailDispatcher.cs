using System.Net;
using System.Net.Mail;
using EqualityMark.Host.Platform;
using EqualityMark.Host.Tenancy;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Email;

/// <summary>
/// Sends queued emails, tenant by tenant. Rows are claimed with FOR UPDATE SKIP LOCKED so several
/// hosts can run this at once without sending anything twice.
/// </summary>
internal sealed class EmailDispatcher(
    TenantRegistry tenants,
    TenantScopeFactory scopes,
    IOptions<SmtpOptions> smtp,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private const int MaxAttempts = 5;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var tenant in await tenants.ActiveAsync(stoppingToken))
                {
                    await DispatchAsync(tenant, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Email dispatch round failed; retrying");
            }

            await Task.Delay(Interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task DispatchAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await session.BeginTransactionAsync(cancellationToken);
        var batch = await db.OutboundEmails
            .FromSql($"SELECT * FROM platform.outbound_emails WHERE tenant_id = {tenant.Id} AND status = 'Pending' ORDER BY queued_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        foreach (var email in batch)
        {
            await SendAsync(email, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    private async Task SendAsync(OutboundEmail email, CancellationToken cancellationToken)
    {
        var options = smtp.Value;
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            email.Status = OutboundEmailStatus.Recorded;
            return;
        }

        try
        {
            using var client = new SmtpClient(options.Host, options.Port) { EnableSsl = options.EnableSsl };
            if (options.UserName is not null)
            {
                client.Credentials = new NetworkCredential(options.UserName, options.Password);
            }

            using var message = new MailMessage(options.From, email.To, email.Subject, email.Body);
            await client.SendMailAsync(message, cancellationToken);
            email.Status = OutboundEmailStatus.Sent;
            email.SentAt = clock.GetUtcNow();
        }
        catch (SmtpException exception)
        {
            email.Attempts++;
            email.LastError = exception.Message;
            email.Status = email.Attempts >= MaxAttempts ? OutboundEmailStatus.Failed : OutboundEmailStatus.Pending;
            logger.LogWarning("Sending email {EmailId} failed (attempt {Attempt}): {Error}", email.Id, email.Attempts, exception.Message);
        }
    }
}
