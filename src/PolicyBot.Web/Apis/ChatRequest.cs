using PolicyBot.Domain;

namespace PolicyBot.Web.Apis;

/// <summary>Body of <c>POST /api/chat</c> and <c>POST /api/widget/chat</c>: the conversation so far, oldest first.</summary>
public sealed record ChatRequest(IReadOnlyList<ChatTurn>? Messages);
