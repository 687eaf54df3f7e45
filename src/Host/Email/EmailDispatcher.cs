using EqualityMark.Host.Platform;
using EqualityMark.Host.Tenancy;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Email;

/// <summary>
/// Sends queued emails through the configured SMTP server, tenant by tenant. Each email is claimed in its own
/// transaction with FOR UPDATE SKIP LOCKED and its outcome committed straight after sending, so several hosts
/// can run this at once without sending anything twice. Runs only when a mail server is configured.
/// </summary>
internal sealed class EmailDispatcher(
    TenantRegistry tenants,
    TenantScopeFactory scopes,
    IOptions<SmtpOptions> smtp,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;
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

    /// <summary>Sends up to one batch of the tenant's due emails; returns how many were attempted.</summary>
    public async Task<int> DispatchAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        var options = smtp.Value;
        await using var sender = new SmtpMailSender(options);
        var attempted = 0;
        while (attempted < BatchSize && await SendNextAsync(tenant, sender, options, cancellationToken))
        {
            attempted++;
        }

        return attempted;
    }

    private async Task<bool> SendNextAsync(TenantInfo tenant, SmtpMailSender sender, SmtpOptions options, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await session.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Materialised as written: EF must not wrap the locking query in a subquery of its own.
        var email = (await db.OutboundEmails
            .FromSql($"""
                SELECT * FROM platform.outbound_emails
                WHERE tenant_id = {tenant.Id} AND status = 'Pending' AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY queued_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (email is null)
        {
            await session.CommitAsync(cancellationToken);
            return false;
        }

        Record(email, await sender.SendAsync(email, cancellationToken), options);
        await db.SaveChangesAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    private void Record(OutboundEmail email, DeliveryResult result, SmtpOptions options)
    {
        var now = clock.GetUtcNow();
        email.Attempts++;
        if (result.Outcome == DeliveryOutcome.Delivered)
        {
            email.Status = OutboundEmailStatus.Sent;
            email.SentAt = now;
            email.NextAttemptAt = null;
            return;
        }

        email.LastError = result.Error;
        var giveUp = result.Outcome == DeliveryOutcome.PermanentFailure || email.Attempts >= options.MaxAttempts;
        email.Status = giveUp ? OutboundEmailStatus.Failed : OutboundEmailStatus.Pending;
        email.NextAttemptAt = giveUp ? null : RetrySchedule.NextAttemptAfter(email.Attempts, now, options);
        logger.LogWarning(
            "Sending email {EmailId} failed (attempt {Attempt}, {Outcome}): {Error}",
            email.Id, email.Attempts, giveUp ? "given up" : "will retry", result.Error);
    }
}
