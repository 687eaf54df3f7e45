using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Setup;

/// <summary>
/// Emails leave from the platform's own address (the one its mail domain authenticates); the authority chooses the
/// name shown beside it and where replies go, so schools answer the authority rather than the platform.
/// </summary>
internal sealed class EmailSenderHandler(OrganisationsDbContext db, ITenantContext tenant, ICurrentUser user) :
    IRequestHandler<GetEmailSenderQuery, EmailSenderDto>,
    IRequestHandler<SaveEmailSenderCommand, EmailSenderDto>
{
    public async Task<EmailSenderDto> Handle(GetEmailSenderQuery request, CancellationToken cancellationToken)
    {
        var current = await db.Tenants.AsNoTracking().Where(t => t.Id == tenant.TenantId)
            .Select(t => new { t.ProgrammeName, t.ContactEmail, t.EmailSenderName, t.EmailReplyTo })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("This site has no local authority.");
        return new EmailSenderDto(current.EmailSenderName ?? current.ProgrammeName, current.EmailReplyTo ?? current.ContactEmail,
            current.EmailSenderName is not null || current.EmailReplyTo is not null);
    }

    public async Task<EmailSenderDto> Handle(SaveEmailSenderCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators choose how its emails are sent.");
        }

        var current = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenant.TenantId, cancellationToken)
            ?? throw new NotFoundException("This site has no local authority.");
        current.EmailSenderName = string.IsNullOrWhiteSpace(request.SenderName) ? null : request.SenderName.Trim();
        current.EmailReplyTo = string.IsNullOrWhiteSpace(request.ReplyTo) ? null : request.ReplyTo.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return await Handle(new GetEmailSenderQuery(), cancellationToken);
    }
}
