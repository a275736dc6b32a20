#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "claimcheck/article.hpp"

namespace claimcheck {

namespace {

// Creating a break iterator loads ICU's rules; one per thread is enough.
icu::BreakIterator* sentence_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return iterator.get();
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
    std::vector<Sentence> sentences;
    icu::BreakIterator* it = sentence_iterator();
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = it ? utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status) : nullptr;
    if (!it || U_FAILURE(status)) {
        sentences.push_back({0, text.size()});  // no ICU data: one sentence is still correct, only coarse
        return sentences;
    }
    it->setText(utext, status);
    // With UTF-8 text, ICU's indexes are byte offsets.
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
        sentences.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
    utext_close(utext);
    if (sentences.empty()) sentences.push_back({0, text.size()});
    return sentences;
}

}  // namespace claimcheck
