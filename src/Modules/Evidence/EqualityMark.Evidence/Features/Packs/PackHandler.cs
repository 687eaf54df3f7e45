using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Evidence.Features.Packs;

internal sealed class PackHandler(EvidenceDbContext db, ICurrentUser user, IMediator mediator, IBackgroundCommands background, TimeProvider clock) :
    IRequestHandler<RequestEvidencePackCommand, EvidencePackDto>,
    IRequestHandler<GetEvidencePackQuery, EvidencePackDto>,
    IRequestHandler<ListEvidencePacksQuery, IReadOnlyList<EvidencePackDto>>,
    IRequestHandler<GetEvidencePackDocumentQuery, EvidencePackFileDto>
{
    private const int PacksListed = 5;

    public async Task<EvidencePackDto> Handle(RequestEvidencePackCommand request, CancellationToken cancellationToken)
    {
        PackAccess.EnsureMayUse(user, request.SchoolId);
        var school = await mediator.Send(new GetSchoolQuery(request.SchoolId), cancellationToken);
        var pack = new EvidencePack
        {
            SchoolId = school.Id,
            SchoolName = school.Name,
            RequestedBy = user.FullName ?? "The system",
            RequestedByUserId = user.UserId,
            RequestedAt = clock.GetUtcNow(),
        };
        db.Packs.Add(pack);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException("An evidence pack is already being made for this school. Wait for it to finish.");
        }

        background.Enqueue(new BuildEvidencePackCommand(pack.Id));
        return ToDto(pack);
    }

    public async Task<EvidencePackDto> Handle(GetEvidencePackQuery request, CancellationToken cancellationToken) =>
        ToDto(await FindAsync(request.PackId, cancellationToken));

    public async Task<IReadOnlyList<EvidencePackDto>> Handle(ListEvidencePacksQuery request, CancellationToken cancellationToken)
    {
        PackAccess.EnsureMayUse(user, request.SchoolId);
        var packs = await db.Packs.AsNoTracking().Where(p => p.SchoolId == request.SchoolId)
            .OrderByDescending(p => p.RequestedAt).Take(PacksListed).ToListAsync(cancellationToken);
        return packs.Select(ToDto).ToList();
    }

    public async Task<EvidencePackFileDto> Handle(GetEvidencePackDocumentQuery request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<EvidencePackFormat>(request.Format, ignoreCase: true, out var format) || !Enum.IsDefined(format))
        {
            throw new NotFoundException("An evidence pack comes as 'word' or 'pdf'.");
        }

        var pack = await FindAsync(request.PackId, cancellationToken);
        if (pack.Status == EvidencePackStatus.Expired || (pack.ExpiresAt is { } expires && expires <= clock.GetUtcNow()))
        {
            throw new GoneException("This evidence pack's download links have expired. Make a new pack.");
        }

        if (pack.Status != EvidencePackStatus.Ready)
        {
            throw new ConflictException(pack.Status == EvidencePackStatus.Failed
                ? "This evidence pack could not be made. Make a new pack."
                : "This evidence pack is still being made.");
        }

        var document = await db.PackDocuments.AsNoTracking().SingleAsync(d => d.PackId == pack.Id && d.Format == format, cancellationToken);
        return new EvidencePackFileDto(document.FileName, PackFormats.ContentType(format), document.Content);
    }

    private async Task<EvidencePack> FindAsync(Guid packId, CancellationToken cancellationToken)
    {
        var pack = await db.Packs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == packId, cancellationToken)
            ?? throw new NotFoundException("There is no such evidence pack.");
        PackAccess.EnsureMayUse(user, pack.SchoolId);
        return pack;
    }

    private EvidencePackDto ToDto(EvidencePack pack)
    {
        var downloadable = pack.Status == EvidencePackStatus.Ready && pack.ExpiresAt > clock.GetUtcNow();
        return new EvidencePackDto(
            pack.Id, pack.SchoolId, pack.SchoolName, pack.Status.ToString(), PackFormats.StatusText(pack.Status, downloadable), pack.Progress, pack.Stage,
            pack.RequestedBy, pack.RequestedAt, pack.ReadyAt, pack.ExpiresAt, pack.Failure,
            downloadable ? PackFormats.DownloadPath(pack.Id, EvidencePackFormat.Word) : null,
            downloadable ? PackFormats.DownloadPath(pack.Id, EvidencePackFormat.Pdf) : null);
    }
}
