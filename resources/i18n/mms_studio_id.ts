<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AdapterTable</name>
    <message>
        <location filename="../../mms_studio/gui/adapter_table.py" line="+26"/>
        <source>Adapter library</source>
        <translation>Pustaka adaptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation>Adaptor yang dilatih dalam proyek ini beserta tingkat kesalahannya pada klip pemeriksa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adaptor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER periksa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s CER</source>
        <translation>CER model dasar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model on its own: its adapter for this language (MMS), or its own output, zero-shot (Omnilingual); — when it has none</source>
        <translation>Klip pemeriksa yang sama ditranskripsi oleh model dasar sendiri: adaptornya untuk bahasa ini (MMS), atau keluarannya sendiri, tanpa pelatihan (Omnilingual); — bila tidak ada</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Klip pemeriksa yang sama, ditranskripsi oleh adaptor bawaan model dasar untuk bahasa ini jika ada (— jika tidak ada)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+146"/>
        <location line="+38"/>
        <source>Cannot open this project</source>
        <translation>Proyek ini tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Membuka {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+86"/>
        <source>The base model is needed</source>
        <translation>Model dasar diperlukan</translation>
    </message>
    <message>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation type="vanished">Untuk melatih dan mentranskripsi, MMS Studio memerlukan model dasar MMS dari Meta, “{base}” (sekitar 4 GB, berlisensi CC-BY-NC 4.0). Unduh sekali saja — unduhan yang terputus akan dilanjutkan dari titik berhentinya — atau pilih folder yang sudah berisi model itu.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="vanished">&amp;Unduh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}”: a speech model that has learned from recordings in more than a thousand languages. MMS Studio teaches it your language by training a small adapter on your clips; the base model itself stays as it is.</source>
        <translation>Untuk melatih dan mentranskripsi, MMS Studio memerlukan model dasar MMS dari Meta “{base}”: model ucapan yang telah belajar dari rekaman dalam lebih dari seribu bahasa. MMS Studio mengajarkan bahasa Anda kepadanya dengan melatih adaptor kecil pada klip Anda; model dasarnya sendiri tidak berubah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is about 4 GB, downloaded once and kept on this computer; an interrupted download continues where it stopped. Its licence, CC-BY-NC 4.0, allows non-commercial use with attribution, and adapters trained on it fall under the same terms. If you already have it, choose the folder that holds it.</source>
        <translation>Ukurannya sekitar 4 GB, diunduh sekali dan disimpan di komputer ini; unduhan yang terputus dilanjutkan dari titik berhentinya. Lisensinya, CC-BY-NC 4.0, mengizinkan penggunaan nonkomersial dengan menyebutkan sumbernya, dan adaptor yang dilatih di atasnya tunduk pada ketentuan yang sama. Jika Anda sudah memilikinya, pilih folder yang berisi model itu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download progress</source>
        <translation>Kemajuan unduhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the base model has been downloaded</source>
        <translation>Seberapa banyak model dasar yang sudah diunduh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download (about 4 GB)</source>
        <translation>&amp;Unduh (sekitar 4 GB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the download</source>
        <translation>&amp;Hentikan unduhan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Pilih folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model from the internet once; it continues where it stopped</source>
        <translation>Unduh model dasar dari internet sekali saja; unduhan dilanjutkan dari titik berhentinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the download</source>
        <translation>Hentikan unduhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what was downloaded is kept and the next download continues</source>
        <translation>Hentikan pengunduhan; yang sudah diunduh tetap disimpan dan unduhan berikutnya melanjutkannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a folder that already holds the base model (config.json and model.safetensors)</source>
        <translation>Pakai folder yang sudah berisi model dasar (config.json dan model.safetensors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this for now; training and transcribing need the base model</source>
        <translation>Tutup untuk sementara; pelatihan dan transkripsi memerlukan model dasar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping the download…</source>
        <translation>Menghentikan unduhan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading… time left {eta}</source>
        <translation>Mengunduh… sisa waktu {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ Model dasar sudah siap.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download stopped. What was downloaded is kept; Download continues from there.</source>
        <translation>Unduhan dihentikan. Yang sudah diunduh tetap disimpan; Unduh akan melanjutkan dari situ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ Unduhan gagal; lihat berkas log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Folder berisi model dasar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Folder itu tidak berisi model (diperlukan config.json dan model.safetensors).</translation>
    </message>
</context>
<context>
    <name>BaseModelsDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_models_dialog.py" line="+66"/>
        <source>Base model and disk space</source>
        <translation>Model dasar dan ruang disk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The base model is the speech model your adapters are trained on. Its licence also covers every adapter trained on it.</source>
        <translation>Model dasar adalah model ucapan tempat adaptor Anda dilatih. Lisensinya juga berlaku untuk setiap adaptor yang dilatih di atasnya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base models</source>
        <translation>Model dasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base models this project can train on, with licence, download size, languages and speed; the project&apos;s current one is marked</source>
        <translation>Model dasar yang dapat dipakai untuk pelatihan dalam proyek ini, dengan lisensi, ukuran unduhan, bahasa, dan kecepatannya; model yang dipakai proyek saat ini ditandai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this base</source>
        <translation>&amp;Pakai model dasar ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this base</source>
        <translation>Pakai model dasar ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected base model the one this project trains on</source>
        <translation>Jadikan model dasar yang dipilih sebagai model untuk pelatihan proyek ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a base model folder on this computer (an MMS or Omnilingual ASR CTC model with config.json and model.safetensors)</source>
        <translation>Pakai folder model dasar di komputer ini (model MMS atau Omnilingual ASR CTC dengan config.json dan model.safetensors)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Converted base models on this computer</source>
        <translation>Model dasar hasil konversi di komputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring…</source>
        <translation>Mengukur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Bersihkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear converted models</source>
        <translation>Bersihkan model hasil konversi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every converted copy of a base model; each is made again the next time its base is used</source>
        <translation>Hapus semua salinan hasil konversi model dasar; setiap salinan dibuat lagi saat model dasarnya dipakai berikutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear u&amp;nused</source>
        <translation>Bersihkan yang tidak &amp;dipakai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear unused converted models</source>
        <translation>Bersihkan model hasil konversi yang tidak dipakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete only converted copies whose base model changed or is gone</source>
        <translation>Hapus hanya salinan hasil konversi yang model dasarnya sudah berubah atau sudah tidak ada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Tutup jendela ini</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Licence Apache-2.0: commercial use allowed, for the base and the adapters trained on it</source>
        <translation>Lisensi Apache-2.0: penggunaan komersial diizinkan, untuk model dasar dan adaptor yang dilatih di atasnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence CC-BY-NC 4.0: non-commercial use only, and adapters trained on it too</source>
        <translation>Lisensi CC-BY-NC 4.0: hanya untuk penggunaan nonkomersial, begitu pula adaptor yang dilatih di atasnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ✓ this project&apos;s base</source>
        <translation>  ✓ model dasar proyek ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download: {size}</source>
        <translation>Unduhan: {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on this computer: {path}</source>
        <translation>Sudah ada di komputer ini: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages: {languages}</source>
        <translation>Bahasa: {languages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed: {note}</source>
        <translation>Kecepatan: {note}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Folder with a base model</source>
        <translation>Folder berisi model dasar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the base model…</source>
        <translation>Memeriksa model dasar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ This project now trains on {title}.</source>
        <translation>✓ Proyek ini sekarang memakai {title} untuk pelatihan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Something went wrong; see the log file.</source>
        <translation>⚠ Terjadi kesalahan; lihat berkas log.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None: nothing converted takes space.</source>
        <translation>Tidak ada: tidak ada hasil konversi yang memakan ruang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} in {count} file(s); {unused} of it unused (its base changed or is gone). A cleared copy is made again when its base is next used.</source>
        <translation>{size} dalam {count} berkas; {unused} di antaranya tidak dipakai (model dasarnya berubah atau sudah tidak ada). Salinan yang dibersihkan dibuat lagi saat model dasarnya dipakai berikutnya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The disk use could not be measured: {reason}</source>
        <translation>⚠ Pemakaian disk tidak dapat diukur: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clearing…</source>
        <translation>Membersihkan…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ {size} freed.</source>
        <translation>✓ {size} dikosongkan.</translation>
    </message>
</context>
<context>
    <name>ClipNames</name>
    <message>
        <location filename="../../mms_studio/gui/clip_names.py" line="+54"/>
        <source>clip {number}</source>
        <translation>klip {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clip {number} “{text}”</source>
        <translation>klip {number} “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}, subtitle {number} (line {line})</source>
        <translation>{file}, subtitel {number} (baris {line})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, line {line}</source>
        <translation>{file}, baris {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected transcript of {file}, {start}–{end} s</source>
        <translation>transkrip {file} yang dibetulkan, {start}–{end} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded: {take}</source>
        <translation>direkam: {take}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>belum ditentukan</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transkrip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Penutur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Detik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ perlu ditinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ dikecualikan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 dihapus</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+90"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio mengalami masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Terjadi kesalahan di dalam MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

To tell the developers, press Copy report and paste it into your message. The details are also in the log file:
{path}</source>
        <translation>Rekaman, transkrip, dan sesi pelatihan yang sudah selesai disimpan selama Anda bekerja, jadi tidak ada yang hilang dari pekerjaan yang sudah Anda selesaikan. Anda dapat terus bekerja, atau memulai ulang aplikasi agar aman.

Untuk memberi tahu pengembang, tekan Salin laporan lalu tempelkan ke pesan Anda. Rinciannya juga ada di berkas log:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy report</source>
        <translation>Salin laporan</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation type="vanished">Rekaman, transkrip, dan sesi pelatihan yang sudah selesai disimpan selama Anda bekerja, jadi tidak ada hasil kerja Anda yang hilang. Anda dapat terus bekerja, atau memulai ulang aplikasi agar aman.

Rinciannya ada di berkas log:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+112"/>
        <source>Dataset</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Tambahkan rekaman beserta transkripnya: berkas audio dengan .txt/.lab di sebelahnya, folder, ELAN, TextGrid, subtitel, tabel CSV, Common Voice. Anda juga dapat menaruhnya di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Saring menurut transkrip, penutur, atau sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Saring klip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Tampilkan klip dengan status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>perlu ditinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>dikecualikan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected clips</source>
        <translation>Hapus klip yang dipilih</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Hapus klip yang dipilih (Del); Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+224"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Laporan ejaan</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Tampilkan setiap karakter yang dipakai dalam transkrip, seberapa sering, dan di klip mana</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip with its status in words; Space plays or stops the clip, Enter or F2 edits its transcript, Escape cancels the edit, the Menu key changes status or split.</source>
        <translation>Setiap klip dengan statusnya dalam kata-kata; Spasi memutar atau menghentikan klip, Enter atau F2 menyunting transkripnya, Escape membatalkan suntingan, tombol Menu mengubah status atau kelompok.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark as ok</source>
        <translation>Tandai ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Tandai perlu ditinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Kecualikan dari pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Pindahkan ke klip pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Pindahkan ke klip pemeriksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Pindahkan ke klip uji</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play the selected clip</source>
        <translation>Putar klip yang dipilih</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Putar klip yang dipilih (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every clip again</source>
        <translation>Tampilkan lagi semua klip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the clips with this status</source>
        <translation>Tampilkan hanya klip dengan status ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;deleted</source>
        <translation>Tampilkan yang &amp;dihapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deleted clips</source>
        <translation>Tampilkan klip yang dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List deleted clips too, so they can be brought back</source>
        <translation>Tampilkan juga klip yang dihapus, agar dapat dikembalikan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Orthography report</source>
        <translation>Laporan &amp;ejaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected &amp;clips</source>
        <translation>&amp;Klip yang dipilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected clips</source>
        <translation>Klip yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected clips as ok, needing review or excluded, or move them to the training, dev or test set</source>
        <translation>Tandai klip yang dipilih sebagai ok, perlu ditinjau, atau dikecualikan, atau pindahkan ke klip pelatihan, pemeriksa, atau uji</translation>
    </message>
    <message>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation type="vanished">Setiap klip dengan statusnya dalam kata-kata; F2 menyunting transkrip, tombol Menu mengubah status atau kelompok, Ctrl+Space memutar klip.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+189"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Pilih klip untuk melihat dan mendengarkannya.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the import is done</source>
        <translation>Seberapa banyak impor yang sudah selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Hentikan impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current clip; clips already imported are kept</source>
        <translation>Berhenti setelah klip ini; klip yang sudah diimpor tetap disimpan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped, with the reason</source>
        <translation>Apa yang diimpor dan apa yang dilewati, beserta alasannya</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Belum ada klip. Klik Impor… atau taruh rekaman beserta transkripnya di sini — atau rekam yang baru di halaman Rekam.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>delete the selected clips</source>
        <translation>hapus klip yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>play or stop the selected clip</source>
        <translation>putar atau hentikan klip yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>putar klip yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>sunting transkrip yang dipilih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancel the edit</source>
        <translation>batalkan suntingan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>saring klip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing recordings</source>
        <translation>mengimpor rekaman</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clips: {clips} · speech: {minutes} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Klip: {clips} · ucapan: {minutes} menit · penutur: {speakers} · kelompok: {splits}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clip {number} · {seconds} s · {speaker} — {text}</source>
        <translation>Klip {number} · {seconds} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Recordings and transcripts</source>
        <translation>Rekaman dan transkrip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation type="vanished">Klip: {clips} · ujaran: {minutes:.1f} menit · penutur: {speakers} · kelompok: {splits}</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation type="vanished">Versi MMS Studio ini belum dapat membuat laporan tersebut.</translation>
    </message>
    <message>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation type="vanished">{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unknown speaker</source>
        <translation>penutur tidak dikenal</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot play this clip</source>
        <translation>Klip ini tidak dapat diputar</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>Perubahan tidak dilakukan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>{n} klip dihapus. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import recordings and transcripts</source>
        <translation>Impor rekaman dan transkrip</translation>
    </message>
    <message>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation type="vanished">Rekaman dan transkrip (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import already running</source>
        <translation>Impor sudah berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Tunggu sampai impor yang sedang berjalan selesai, atau hentikan dulu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current clip…</source>
        <translation>Berhenti setelah klip ini…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>dilewati  {where}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>diimpor {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/evaluation.py" line="+77"/>
        <source>Test clips</source>
        <translation>Klip uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev clips</source>
        <translation>Klip pemeriksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval&amp;uate</source>
        <translation>&amp;Evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose an adapter and press Evaluate.</source>
        <translation>Pilih adaptor, lalu tekan Evaluasi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Speaker</source>
        <translation>Penutur</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Greedy CER</source>
        <translation>CER tanpa LM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LM CER</source>
        <translation>CER dengan LM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model CER</source>
        <translation>CER model dasar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the base model writes without training on your recordings: its own adapter for the project&apos;s language (MMS), or its own output, the same for every language (Omnilingual).</source>
        <translation>Apa yang ditulis model dasar tanpa pelatihan pada rekaman Anda: adaptor bawaannya untuk bahasa proyek (MMS), atau keluarannya sendiri, sama untuk setiap bahasa (Omnilingual).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Play clip</source>
        <translation>&amp;Putar klip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in &amp;Dataset</source>
        <translation>Periksa di &amp;Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+6"/>
        <source>Clips</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>WER (greedy → LM)</source>
        <translation>WER (tanpa LM → dengan LM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (greedy → LM)</source>
        <translation>CER (tanpa LM → dengan LM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapter:</source>
        <translation>Adaptor:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adapter</source>
        <translation>Adaptor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trained adapter to evaluate</source>
        <translation>Adaptor terlatih yang akan dievaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the test or the dev clips</source>
        <translation>Evaluasi pada klip uji atau klip pemeriksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe every clip with and without the language model</source>
        <translation>Transkripsikan setiap klip dengan dan tanpa model bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the evaluation</source>
        <translation>Hentikan evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation progress</source>
        <translation>Kemajuan evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the evaluation is done</source>
        <translation>Seberapa banyak evaluasi yang sudah selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each clip&apos;s character error rate; click a header to sort</source>
        <translation>Tingkat kesalahan karakter setiap klip; klik judul kolom untuk mengurutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Perbedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference and each hypothesis, wrong characters marked</source>
        <translation>Teks acuan dan setiap hasil transkripsi, dengan karakter yang salah ditandai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play clip</source>
        <translation>Putar klip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the selected clip</source>
        <translation>Putar klip yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in Dataset</source>
        <translation>Periksa di Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected clip on the Dataset page to check its transcript</source>
        <translation>Buka klip yang dipilih di halaman Data untuk memeriksa transkripnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Penutur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error rates per speaker</source>
        <translation>Tingkat kesalahan per penutur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an evaluation</source>
        <translation>evaluasi</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} clips. Greedy: WER {wer}, CER {cer}.</source>
        <translation>{n} klip. Tanpa model bahasa: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the language model: WER {wer}, CER {cer}.</source>
        <translation>Dengan model bahasa: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model, no training: WER {wer}, CER {cer}.</source>
        <translation>Model dasar, tanpa pelatihan: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference</source>
        <translation>Teks acuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Tanpa model bahasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language model</source>
        <translation>Dengan model bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Model dasar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That clip is no longer in the dataset.</source>
        <translation>Klip itu sudah tidak ada di data.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../mms_studio/gui/shell/guide.py" line="+36"/>
        <source>Getting started — MMS Studio</source>
        <translation>Panduan memulai — MMS Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting started</source>
        <translation>Panduan memulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guide to MMS Studio, with pictures</source>
        <translation>Panduan singkat MMS Studio, dengan gambar</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/language.py" line="+61"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation>Kode bahasa ditetapkan saat proyek dibuat; adaptor dilatih dan diberi nama sesuai kode itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project name</source>
        <translation>Nama proyek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name, shown in the window title</source>
        <translation>Nama proyek, ditampilkan di judul jendela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Kode bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Model dasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation>Model MMS tempat adaptor dilatih (hanya baca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Kode bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;base model…</source>
        <translation>Pilih m&amp;odel dasar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the base model</source>
        <translation>Pilih model dasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model or choose a folder that holds it</source>
        <translation>Unduh model dasar atau pilih folder yang berisi model itu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base model:</source>
        <translation>Model dasar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation>Abaikan huruf besar/&amp;kecil (hanya jika tidak membedakan makna dalam bahasa ini)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>karakter tambahan yang dibuang, mis. * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>tanda baca yang di sini adalah huruf, mis. &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>huruf yang ditulis berkelompok, mis. ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>satu per baris: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper and lower case</source>
        <translation>Abaikan huruf besar dan kecil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if case carries no meaning in this language</source>
        <translation>Hanya jika huruf besar/kecil tidak membedakan makna dalam bahasa ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters to remove</source>
        <translation>Karakter yang dibuang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punctuation kept as letters</source>
        <translation>Tanda baca yang dianggap huruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multigraphs</source>
        <translation>Multigraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacements</source>
        <translation>Penggantian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How transcripts become training text</source>
        <translation>Bagaimana transkrip menjadi teks pelatihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>B&amp;uang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Anggap huruf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>Mu&amp;ltigraf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placements:</source>
        <translation>P&amp;enggantian:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type a sentence to see what the model learns</source>
        <translation>ketik kalimat untuk melihat apa yang dipelajari model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample sentence</source>
        <translation>Kalimat contoh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned as</source>
        <translation>Dipelajari sebagai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample as the recogniser will learn it</source>
        <translation>Contoh tersebut sebagaimana akan dipelajari oleh pengenal suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ample:</source>
        <translation>&amp;Contoh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned as:</source>
        <translation>Dipelajari sebagai:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The language settings are not saved yet: {reason} What you typed is kept on the Language page.</source>
        <translation>Pengaturan bahasa belum disimpan: {reason} Yang Anda ketik tetap ada di halaman Bahasa.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>✓ Saved as you type; Edit › Undo takes a change back.</source>
        <translation>✓ Disimpan saat Anda mengetik; Sunting › Urungkan membatalkan perubahan.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+30"/>
        <source>silence</source>
        <translation>hening</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The microphone&apos;s loudness in decibels; a warning in words shows when it is too loud</source>
        <translation>Kekerasan suara mikrofon dalam desibel; peringatan tertulis muncul jika terlalu keras</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Input level</source>
        <translation>Level masukan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ Terlalu keras!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>level ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>pelan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+109"/>
        <source>Record</source>
        <translation>Rekam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Latih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe</source>
        <translation>Transkripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Tinjau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Bagian-bagian proyek: pilih dengan tombol panah, atau tekan Ctrl+1 sampai Ctrl+5 dari mana saja.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the project…</source>
        <translation>Membuka proyek…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every change is saved as you make it.</source>
        <translation>Setiap perubahan langsung disimpan.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>{n} rekaman coba yang terputus karena aplikasi mogok tetap disimpan; tinjau di halaman Rekam</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New project…</source>
        <translation>Proyek &amp;baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>B&amp;uka proyek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Impor rekaman…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;long recording with its transcript…</source>
        <translation>Impor &amp;rekaman panjang beserta transkripnya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base model and disk space…</source>
        <translation>Model &amp;dasar dan ruang disk…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>&amp;Tutup proyek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show the {page} page</source>
        <translation>Tampilkan halaman {page}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Appearance</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Getting started</source>
        <translation>Panduan &amp;memulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;Tentang MMS Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Bahasa antarmuka</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system&apos;s language</source>
        <translation>bahasa sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio will be in {language} after you restart it; until then it stays as it is.</source>
        <translation>MMS Studio akan tampil dalam {language} setelah Anda memulainya ulang; sampai saat itu tampilannya tidak berubah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation type="vanished">Bahasa antarmuka yang baru akan tampil sepenuhnya saat MMS Studio dibuka lagi.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key combination and what it does</source>
        <translation>Setiap kombinasi tombol dan fungsinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Fungsinya</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About MMS Studio</source>
        <translation>Tentang MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Melatih adaptor kecil untuk model ucapan MMS dari Meta (facebook/mms-1b-all, berlisensi CC-BY-NC 4.0: adaptor yang Anda latih mewarisi lisensi itu). Berkas log: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Buka folder proyek</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The long recording</source>
        <translation>Rekaman panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its transcript (one utterance a line, or ELAN)</source>
        <translation>Transkripnya (satu ujaran per baris, atau ELAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transkrip (*.txt *.eaf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a background job</source>
        <translation>tugas di latar belakang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop and close?</source>
        <translation>Hentikan dan tutup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>MMS Studio masih sibuk dengan: {jobs}. Menutup aplikasi akan menghentikannya; yang sudah selesai tetap disimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Hentikan dan tutup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Lanjutkan bekerja</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+78"/>
        <source>New project</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>mis. Cerita Abui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Nama proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name; the project folder is named after it.</source>
        <translation>Nama apa saja; folder proyek akan diberi nama ini.</translation>
    </message>
    <message>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation type="vanished">kode ISO 639-3, mis. abz</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Kode bahasa</translation>
    </message>
    <message>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation type="vanished">Kode ISO 639-3 bahasa ini (dua atau tiga huruf kecil); tidak dapat diubah nanti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name or ISO 639-3 code, e.g. Abui or abz</source>
        <translation>Nama atau kode ISO 639-3-nya, mis. Abui atau abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the language&apos;s name (in English or in the interface language) or its ISO 639-3 code, then pick it from the list below (Down arrow, then Enter); it cannot be changed later. A variety without a code of its own can use a private-use code, qaa to qtz.</source>
        <translation>Ketik nama bahasa (dalam bahasa Inggris atau bahasa antarmuka) atau kode ISO 639-3-nya, lalu pilih dari daftar di bawah (panah Bawah, lalu Enter); bahasa tidak dapat diubah nanti. Varietas yang tidak punya kode sendiri dapat memakai kode penggunaan pribadi, qaa sampai qtz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching languages</source>
        <translation>Bahasa yang cocok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages whose name or code matches what you typed; Enter or a click picks one</source>
        <translation>Bahasa yang nama atau kodenya cocok dengan yang Anda ketik; Enter atau klik untuk memilih</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that will hold the project; type a path or choose one with the button beside it.</source>
        <translation>Folder tempat menyimpan proyek; ketik jalurnya atau pilih dengan tombol di sebelahnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Pilih folder tempat menyimpan proyek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nama proyek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Type the language&apos;s name or its ISO 639-3 code and pick it from the list (a variety without a code of its own: qaa to qtz).</source>
        <translation>Ketik nama bahasa atau kode ISO 639-3-nya, lalu pilih dari daftar (varietas tanpa kode sendiri: qaa sampai qtz).</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation type="vanished">&amp;Kode bahasa:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Simpan di:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create project</source>
        <translation>Buat proyek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the project folder and open it</source>
        <translation>Buat folder proyek lalu buka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without creating a project</source>
        <translation>Tutup tanpa membuat proyek</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Give the project a name.</source>
        <translation>Beri nama proyek ini.</translation>
    </message>
    <message>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation type="vanished">Masukkan kode ISO 639-3 bahasa ini (dua atau tiga huruf kecil).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Pilih folder untuk menyimpan proyek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Di sana sudah ada folder dengan nama ini; pilih nama lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>Proyek akan disimpan di: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ {code}: a private-use code, for a variety without a code of its own.</source>
        <translation>✓ {code}: kode penggunaan pribadi, untuk varietas yang tidak punya kode sendiri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep projects in</source>
        <translation>Simpan proyek di</translation>
    </message>
</context>
<context>
    <name>OrthographyReport</name>
    <message>
        <location filename="../../mms_studio/gui/orthography_view.py" line="+26"/>
        <source>Orthography report: {clips} transcripts, {units} different units, {problems} things to check.</source>
        <translation>Laporan ejaan: {clips} transkrip, {units} unit berbeda, {problems} hal untuk diperiksa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{unit}	×{count}	{description}	e.g. {examples}</source>
        <translation>{unit}	×{count}	{description}	mis. {examples}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {n} more</source>
        <translation>… dan {n} lagi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units (most frequent first)</source>
        <translation>Unit (yang paling sering lebih dulu)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These become the recogniser&apos;s vocabulary.</source>
        <translation>Unit ini menjadi kosakata pengenal suara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare units</source>
        <translation>Unit langka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used {n} times or fewer: often a typing mistake.</source>
        <translation>Dipakai {n} kali atau kurang: sering kali salah ketik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loose combining marks</source>
        <translation>Tanda diakritik yang lepas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mark with no letter before it: check the spacing.</source>
        <translation>Tanda tanpa huruf di depannya: periksa spasinya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the vocabulary</source>
        <translation>Tidak ada dalam kosakata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recogniser cannot write these (they become [UNK]).</source>
        <translation>Pengenal suara tidak dapat menulis ini (menjadi [UNK]).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by text cleaning</source>
        <translation>Dibuang saat teks dibersihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctuation and symbols the recogniser will not learn.</source>
        <translation>Tanda baca dan simbol yang tidak akan dipelajari pengenal suara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look-alike characters</source>
        <translation>Karakter yang mirip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different characters that look the same: pick one.</source>
        <translation>Karakter berbeda yang tampak sama: pilih salah satu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{unit}” {description} ×{count} (e.g. {examples})</source>
        <translation>“{unit}” {description} ×{count} (mis. {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech has no digits: write numbers as words, the way they are said.</source>
        <translation>Ucapan tidak berisi angka: tulis bilangan dengan kata, seperti yang diucapkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words mixing scripts</source>
        <translation>Kata dengan aksara campuran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually a letter typed with the wrong keyboard.</source>
        <translation>Biasanya huruf yang diketik dengan papan ketik yang salah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” in {clip}: {scripts}</source>
        <translation>“{word}” di {clip}: {scripts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in composed (NFC) form</source>
        <translation>Tidak dalam bentuk tersusun (NFC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleaned automatically; the original text uses decomposed letters.</source>
        <translation>Dibersihkan otomatis; teks aslinya memakai huruf terurai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty after cleaning</source>
        <translation>Kosong setelah dibersihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These transcripts have no letters left: fix or exclude them.</source>
        <translation>Transkrip ini tidak lagi berisi huruf: betulkan atau kecualikan.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+75"/>
        <location line="+73"/>
        <location line="+336"/>
        <source>Record</source>
        <translation>Rekam</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>who is speaking (name or code)</source>
        <translation>siapa yang berbicara (nama atau kode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file with one sentence per line</source>
        <translation>Berkas teks berisi satu kalimat per baris</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+296"/>
        <source>Free recording</source>
        <translation>Rekaman bebas</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Record without prompts and type what was said</source>
        <translation>Rekam tanpa kalimat untuk dibaca lalu ketik apa yang diucapkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Penutur:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for microphones again</source>
        <translation>Cari mikrofon lagi</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Cari mikrofon lagi (setelah mencolokkan mikrofon)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Speaker</source>
        <translation>Penutur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone the takes are recorded from</source>
        <translation>Mikrofon yang dipakai untuk merekam rekaman coba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open prompts…</source>
        <translation>B&amp;uka kalimat untuk dibaca…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free &amp;recording</source>
        <translation>Re&amp;kaman bebas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Kalimat untuk dibaca:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what is said in the take</source>
        <translation>apa yang diucapkan dalam rekaman coba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Transkrip rekaman coba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take.</source>
        <translation>Apa yang diucapkan dalam rekaman coba; Ctrl+R merekam, Ctrl+Enter menerima rekaman coba.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Putar rekaman coba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Rekam ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Terima dan lanjut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording a take; press again to stop</source>
        <translation>Mulai merekam rekaman coba; tekan lagi untuk berhenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the take; press again to stop</source>
        <translation>Dengarkan rekaman coba; tekan lagi untuk berhenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this take away and record the sentence again</source>
        <translation>Buang rekaman coba ini dan rekam kalimatnya lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the take and its transcript to the dataset, then show the next sentence</source>
        <translation>Tambahkan rekaman coba dan transkripnya ke data, lalu tampilkan kalimat berikutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous sentence</source>
        <translation>Kembali ke kalimat sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next sentence without recording</source>
        <translation>Lanjut ke kalimat berikutnya tanpa merekam</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+165"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Tekan Rekam (Ctrl+R) dan bacakan kalimatnya.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Review re&amp;covered take</source>
        <translation>Tinjau rekaman coba yang &amp;dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review recovered take</source>
        <translation>Tinjau rekaman coba yang dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next take a crash interrupted, to play, transcribe and accept it</source>
        <translation>Muat rekaman coba berikutnya yang terputus karena aplikasi mogok, untuk diputar, ditranskripsi, dan diterima</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Transcript:</source>
        <translation>T&amp;ranskrip:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>start or stop recording</source>
        <translation>mulai atau hentikan perekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>putar atau hentikan rekaman coba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>rekam kalimat ini lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>terima rekaman coba dan lanjut ke kalimat berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>lewati ke kalimat berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>kembali ke kalimat sebelumnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>merekam rekaman coba</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Added “{text}” to the dataset.</source>
        <translation>“{text}” ditambahkan ke data.</translation>
    </message>
    <message>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation type="vanished">⚠ Mikrofon tidak ditemukan. Colokkan mikrofon lalu kembali ke halaman ini.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Microphone not changed</source>
        <translation>Mikrofon tidak diganti</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+263"/>
        <source>Open prompts</source>
        <translation>Buka kalimat untuk dibaca</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>no microphone found</source>
        <translation>mikrofon tidak ditemukan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no microphone</source>
        <translation>tidak ada mikrofon</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>Recording is not possible now: see the message at the top of the page.</source>
        <translation>Tidak dapat merekam sekarang: lihat pesan di bagian atas halaman.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Berkas teks (*.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>Kalimat ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>Semua {n} kalimat sudah selesai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ Selesai! Buka berkas kalimat lain atau rekam secara bebas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Kalimat {i} dari {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Ucapkan apa saja, lalu ketik apa yang Anda ucapkan di bawah.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Merekam… tekan Hentikan (Ctrl+R) jika sudah selesai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Menyelesaikan rekaman coba…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Merekam… {s:.1f} s — tekan Hentikan (Ctrl+R) jika sudah selesai.</translation>
    </message>
    <message>
        <source>⚠ The take could not be saved: {error}</source>
        <translation type="vanished">⚠ Rekaman coba tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Rekaman coba bagus ({s:.1f} s). Terima dengan Ctrl+Enter, atau rekam ulang.</translation>
    </message>
    <message>
        <source>Cannot play the take</source>
        <translation type="vanished">Rekaman coba tidak dapat diputar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type what was said</source>
        <translation>Ketik apa yang diucapkan</translation>
    </message>
    <message>
        <source>Type what is said in the take before accepting it.</source>
        <translation type="vanished">Ketik apa yang diucapkan dalam rekaman coba sebelum menerimanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take was not added</source>
        <translation>Rekaman coba tidak ditambahkan</translation>
    </message>
    <message>
        <source>Added clip {id}.</source>
        <translation type="vanished">Klip {id} ditambahkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Ditambahkan. Tekan Rekam (Ctrl+R) untuk yang berikutnya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ {n} rekaman coba sedang direkam saat MMS Studio berhenti mendadak; semuanya tetap disimpan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Rekaman coba yang dipulihkan {name} ({s:.1f} s): putar, ketik apa yang diucapkan, lalu terima.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/review.py" line="+66"/>
        <source>Review</source>
        <translation>Tinjau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open recording…</source>
        <translation>B&amp;uka rekaman…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open recording</source>
        <translation>Buka rekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a long recording to cut into clips</source>
        <translation>Pilih rekaman panjang untuk dipotong menjadi klip</translation>
    </message>
    <message>
        <source>&amp;Find speech</source>
        <translation type="vanished">&amp;Cari ucapan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+163"/>
        <source>Find speech</source>
        <translation>Cari ucapan</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cut the recording into segments at the speaker&apos;s pauses (no transcript needed)</source>
        <translation>Potong rekaman menjadi segmen pada jeda penutur (tidak perlu transkrip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align a transcript…</source>
        <translation>Se&amp;laraskan transkrip…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>Align a transcript</source>
        <translation>Selaraskan transkrip</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Give each line of the recording&apos;s transcript its place in the recording</source>
        <translation>Tempatkan setiap baris transkrip rekaman pada posisinya di rekaman</translation>
    </message>
    <message>
        <source>Send &amp;accepted to the dataset</source>
        <translation type="vanished">&amp;Kirim yang diterima ke data</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Find s&amp;peech</source>
        <translation>&amp;Cari ucapan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send accepted to the &amp;dataset</source>
        <translation>&amp;Kirim yang diterima ke data</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Send accepted to the dataset</source>
        <translation>Kirim yang diterima ke data</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Add every accepted segment to the dataset as a clip (Ctrl+Enter)</source>
        <translation>Tambahkan setiap segmen yang diterima ke data sebagai klip (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>H&amp;entikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running job</source>
        <translation>Hentikan proses yang sedang berjalan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a long recording, then find its speech or align its transcript.</source>
        <translation>Buka rekaman panjang, lalu cari ucapannya atau selaraskan transkripnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the running job is</source>
        <translation>Sejauh mana proses yang sedang berjalan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each segment with its times, review status, score and text. Space plays, A accepts, R rejects, S splits, M merges with the next, F2 edits the text.</source>
        <translation>Setiap segmen dengan waktu, status tinjauan, skor, dan teksnya. Spasi memutar, A menerima, R menolak, S memisah, M menggabung dengan berikutnya, F2 menyunting teks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Awal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Space play · A accept · R reject · S split · M merge · Alt+←/→ move start · Alt+Shift+←/→ move end · F2 edit text · Ctrl+Z undo</source>
        <translation>Spasi putar · A terima · R tolak · S pisah · M gabung · Alt+←/→ geser awal · Alt+Shift+←/→ geser akhir · F2 sunting teks · Ctrl+Z urungkan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Play the segment</source>
        <translation>Putar segmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the segment</source>
        <translation>Terima segmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the segment</source>
        <translation>Tolak segmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the segment in two</source>
        <translation>Pisah segmen menjadi dua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the segment with the next</source>
        <translation>Gabungkan segmen dengan yang berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start earlier</source>
        <translation>Geser titik awal lebih awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start later</source>
        <translation>Geser titik awal lebih lambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end earlier</source>
        <translation>Geser titik akhir lebih awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end later</source>
        <translation>Geser titik akhir lebih lambat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviewing a recording</source>
        <translation>Meninjau rekaman</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Terjadi kesalahan; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a long recording</source>
        <translation>Buka rekaman panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {minutes:.1f} minutes</source>
        <translation>{name}: {minutes:.1f} menit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording&apos;s transcript</source>
        <translation>Transkrip rekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transkrip (*.txt *.eaf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{added} clip(s) added to the dataset; {there} were already there.</source>
        <translation>{added} klip ditambahkan ke data; {there} sudah ada sebelumnya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to review</source>
        <translation>perlu ditinjau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} segment(s) to review.</source>
        <translation>{count} segmen perlu ditinjau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept a segment</source>
        <translation>Terima segmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject a segment</source>
        <translation>Tolak segmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split a segment</source>
        <translation>Pisah segmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge two segments</source>
        <translation>Gabungkan dua segmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Move a segment&apos;s edge</source>
        <translation>Geser batas segmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit a segment&apos;s text</source>
        <translation>Sunting teks segmen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="vanished">Bahasa</translation>
    </message>
    <message>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation type="vanished">Kode bahasa ditetapkan saat proyek dibuat; adaptor dilatih dan diberi nama sesuai kode itu.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="vanished">Nama proyek</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in the window title</source>
        <translation type="vanished">Nama proyek, ditampilkan di judul jendela</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Kode bahasa</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="vanished">Model dasar</translation>
    </message>
    <message>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation type="vanished">Model MMS tempat adaptor dilatih (hanya baca)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Proyek</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="vanished">Na&amp;ma:</translation>
    </message>
    <message>
        <source>Language code:</source>
        <translation type="vanished">Kode bahasa:</translation>
    </message>
    <message>
        <source>Choose the &amp;base model…</source>
        <translation type="vanished">Pilih m&amp;odel dasar…</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation type="vanished">Pilih model dasar</translation>
    </message>
    <message>
        <source>Download the base model or choose a folder that holds it</source>
        <translation type="vanished">Unduh model dasar atau pilih folder yang berisi model itu</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation type="vanished">Model dasar:</translation>
    </message>
    <message>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation type="vanished">Abaikan huruf besar/&amp;kecil (hanya jika tidak membedakan makna dalam bahasa ini)</translation>
    </message>
    <message>
        <source>extra characters to drop, e.g. * # …</source>
        <translation type="vanished">karakter tambahan yang dibuang, mis. * # …</translation>
    </message>
    <message>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation type="vanished">tanda baca yang di sini adalah huruf, mis. &apos; ʼ</translation>
    </message>
    <message>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation type="vanished">huruf yang ditulis berkelompok, mis. ng ch kp</translation>
    </message>
    <message>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation type="vanished">satu per baris: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <source>Ignore upper and lower case</source>
        <translation type="vanished">Abaikan huruf besar dan kecil</translation>
    </message>
    <message>
        <source>Only if case carries no meaning in this language</source>
        <translation type="vanished">Hanya jika huruf besar/kecil tidak membedakan makna dalam bahasa ini</translation>
    </message>
    <message>
        <source>Characters to remove</source>
        <translation type="vanished">Karakter yang dibuang</translation>
    </message>
    <message>
        <source>Punctuation kept as letters</source>
        <translation type="vanished">Tanda baca yang dianggap huruf</translation>
    </message>
    <message>
        <source>Multigraphs</source>
        <translation type="vanished">Multigraf</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation type="vanished">Penggantian</translation>
    </message>
    <message>
        <source>How transcripts become training text</source>
        <translation type="vanished">Bagaimana transkrip menjadi teks pelatihan</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="vanished">B&amp;uang:</translation>
    </message>
    <message>
        <source>&amp;Keep as letters:</source>
        <translation type="vanished">&amp;Anggap huruf:</translation>
    </message>
    <message>
        <source>&amp;Multigraphs:</source>
        <translation type="vanished">Mu&amp;ltigraf:</translation>
    </message>
    <message>
        <source>Re&amp;placements:</source>
        <translation type="vanished">P&amp;enggantian:</translation>
    </message>
    <message>
        <source>S&amp;ample:</source>
        <translation type="vanished">&amp;Contoh:</translation>
    </message>
    <message>
        <source>type a sentence to see what the model learns</source>
        <translation type="vanished">ketik kalimat untuk melihat apa yang dipelajari model</translation>
    </message>
    <message>
        <source>Sample sentence</source>
        <translation type="vanished">Kalimat contoh</translation>
    </message>
    <message>
        <source>Learned as</source>
        <translation type="vanished">Dipelajari sebagai</translation>
    </message>
    <message>
        <source>The sample as the recogniser will learn it</source>
        <translation type="vanished">Contoh tersebut sebagaimana akan dipelajari oleh pengenal suara</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Pratinjau</translation>
    </message>
    <message>
        <source>Learned as:</source>
        <translation type="vanished">Dipelajari sebagai:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="vanished">Sim&amp;pan pengaturan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="vanished">Simpan pengaturan</translation>
    </message>
    <message>
        <source>Keep these rules for training and scoring</source>
        <translation type="vanished">Simpan aturan ini untuk pelatihan dan penilaian</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="vanished">Pengaturan tidak disimpan</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation type="vanished">✓ Tersimpan.</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <location filename="../../mms_studio/gui/sound_notice.py" line="+88"/>
        <source>Sound devices</source>
        <translation>Perangkat suara</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Look for sound devices again</source>
        <translation>Cari perangkat suara lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After plugging in a microphone, speakers or a headset</source>
        <translation>Setelah memasang mikrofon, speaker, atau headset</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../mms_studio/gui/texts/panel.py" line="+35"/>
        <source>Texts of the language (language model)</source>
        <translation>Teks bahasa ini (model bahasa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;texts…</source>
        <translation>&amp;Impor teks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Remove text</source>
        <translation>Hapus teks</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Also learn from the project&apos;s transcripts</source>
        <translation>Belajar juga dari transkrip proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out sentences of dev and test clips</source>
        <translation>Abaikan kalimat dari klip pemeriksa dan klip uji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names and places the recogniser should favour, separated by commas</source>
        <translation>nama orang dan tempat yang sebaiknya diutamakan pengenal suara, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build language m&amp;odel</source>
        <translation>Buat mo&amp;del bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Hot&amp;words:</source>
        <translation>Kata &amp;prioritas:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texts</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The texts the language model learns from</source>
        <translation>Teks yang dipelajari oleh model bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Add texts</source>
        <translation>Impor teks</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Add plain-text, ELAN or TextGrid files of the language</source>
        <translation>Tambahkan berkas teks biasa, ELAN, atau TextGrid dalam bahasa ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected text</source>
        <translation>Hapus teks yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use transcripts</source>
        <translation>Gunakan transkrip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from the training clips&apos; transcripts too</source>
        <translation>Belajar juga dari transkrip klip pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out test sentences</source>
        <translation>Abaikan kalimat uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences that are dev or test clip transcripts would flatter the figures</source>
        <translation>Kalimat yang merupakan transkrip klip pemeriksa atau klip uji akan membuat hasilnya tampak lebih baik daripada sebenarnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotwords</source>
        <translation>Kata prioritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build language model</source>
        <translation>Buat model bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the language model and tune it for the newest adapter</source>
        <translation>Buat model bahasa dan sesuaikan untuk adaptor terbaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop building</source>
        <translation>Hentikan pembuatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the build is done</source>
        <translation>Seberapa banyak pembuatan yang sudah selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the texts hold and what the adapter cannot spell</source>
        <translation>Isi teks dan apa yang tidak dapat dieja oleh adaptor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} — {sentences} sentences, {words} words</source>
        <translation>{name} — {sentences} kalimat, {words} kata</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language model: {what}.</source>
        <translation>Model bahasa: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No language model yet.</source>
        <translation>Belum ada model bahasa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>building a language model</source>
        <translation>membuat model bahasa</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{n} text(s) added; build the language model to use them.</source>
        <translation>{n} teks ditambahkan; buat model bahasa untuk menggunakannya.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../mms_studio/gui/review/timeline.py" line="+29"/>
        <source>Recording and its segments</source>
        <translation>Rekaman dan segmennya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The waveform of the whole recording with one shaded region per segment; drag a region&apos;s edge to move it</source>
        <translation>Bentuk gelombang seluruh rekaman dengan satu area berarsir per segmen; seret tepi area untuk menggesernya</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+86"/>
        <source>Train</source>
        <translation>Latih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Memeriksa komputer ini…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Prasetel pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long and how hard to train; the suggestion suits this computer</source>
        <translation>Seberapa lama dan seberapa keras melatih; saran ini cocok untuk komputer ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced settings</source>
        <translation>Pengaturan lan&amp;jutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Pengaturan lanjutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the number of steps, the learning rate and the batch size</source>
        <translation>Tampilkan atau sembunyikan jumlah langkah, laju pembelajaran, dan ukuran batch</translation>
    </message>
    <message>
        <source>from the preset</source>
        <translation type="vanished">dari prasetel</translation>
    </message>
    <message>
        <source>recipe default (0.001)</source>
        <translation type="vanished">nilai bawaan (0.001)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fit to memory</source>
        <translation>sesuaikan dengan memori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Langkah pelatihan</translation>
    </message>
    <message>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation type="vanished">Berapa langkah pelatihan; 0 memakai jumlah dari prasetel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check on dev clips every</source>
        <translation>Periksa pada klip pemeriksa setiap</translation>
    </message>
    <message>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation type="vanished">Berapa langkah di antara pemeriksaan pada klip pemeriksa; 0 memakai nilai dari prasetel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>Laju pembelajaran</translation>
    </message>
    <message>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation type="vanished">Seberapa besar setiap langkah pelatihan; 0 memakai nilai bawaan</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>How many steps to train; choosing a preset sets its number</source>
        <translation>Berapa langkah pelatihan; memilih prasetel akan mengisi angkanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many steps between checks on the dev clips; choosing a preset sets its number</source>
        <translation>Berapa langkah di antara pemeriksaan pada klip pemeriksa; memilih prasetel akan mengisi angkanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How big each training step is; 0.001 is the MMS recipe&apos;s</source>
        <translation>Seberapa besar setiap langkah pelatihan; 0.001 adalah nilai dari resep MMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch</source>
        <translation>Detik audio per batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much audio each step sees; 0 fits it to this computer&apos;s memory</source>
        <translation>Berapa banyak audio yang dilihat setiap langkah; 0 menyesuaikannya dengan memori komputer ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trai&amp;ning steps:</source>
        <translation>Lang&amp;kah pelatihan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check on dev clips every:</source>
        <translation>Periksa pada klip pemeriksa seti&amp;ap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Laju pembelaja&amp;ran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per &amp;batch:</source>
        <translation>Detik au&amp;dio per batch:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start training</source>
        <translation>&amp;Mulai pelatihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>Hent&amp;ikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Hentikan; kemajuan disimpan dan dapat dilanjutkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Lanjutkan pelatihan yang dihentikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training</source>
        <translation>Mulai pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new adapter on the clips of this project</source>
        <translation>Latih adaptor baru dengan klip proyek ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume stopped run</source>
        <translation>Lanjutkan pelatihan yang dihentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the last stopped training run from where it stopped</source>
        <translation>Lanjutkan pelatihan terakhir yang dihentikan dari titik berhentinya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Prasetel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Kemajuan pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Seberapa banyak pelatihan yang sudah selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Tidak ada pelatihan yang berjalan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>Kurva nilai loss dan tingkat kesalahan muncul di sini selama pelatihan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training log</source>
        <translation>Log pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step&apos;s loss and each check&apos;s error rates, in words</source>
        <translation>Nilai loss setiap langkah dan tingkat kesalahan setiap pemeriksaan, dalam kata-kata</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Training needs the base model, which is not on this computer yet.</source>
        <translation>Pelatihan memerlukan model dasar, yang belum ada di komputer ini.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>step {step}: dev loss {loss}, WER {wer}, CER {cer}</source>
        <translation>langkah {step}: nilai loss periksa {loss}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss}</source>
        <translation>langkah {step}: nilai loss {loss}</translation>
    </message>
    <message>
        <source>Adapter library</source>
        <translation type="vanished">Pustaka adaptor</translation>
    </message>
    <message>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation type="vanished">Adaptor yang dilatih dalam proyek ini beserta tingkat kesalahannya pada klip pemeriksa</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="vanished">Adaptor</translation>
    </message>
    <message>
        <source>Dev CER</source>
        <translation type="vanished">CER periksa</translation>
    </message>
    <message>
        <source>Dev WER</source>
        <translation type="vanished">WER periksa</translation>
    </message>
    <message>
        <source>Base model&apos;s CER</source>
        <translation type="vanished">CER model dasar</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="vanished">Langkah</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Klip pemeriksa yang sama, ditranskripsi oleh adaptor bawaan model dasar untuk bahasa ini jika ada (— jika tidak ada)</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Adapter library (this project)</source>
        <translation>Pustaka adaptor (proyek ini)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Perangkat keras komputer ini tidak dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>training an adapter</source>
        <translation>melatih adaptor</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick try ({steps} steps)</source>
        <translation>Percobaan cepat ({steps} langkah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard ({steps} steps)</source>
        <translation>Standar ({steps} langkah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough ({steps} steps, for a graphics card)</source>
        <translation>Menyeluruh ({steps} langkah, untuk kartu grafis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({steps} steps)</source>
        <translation>{name} ({steps} langkah)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Graphics card: {name} ({memory} GB).</source>
        <translation>Kartu grafis: {name} ({memory} GB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), whose bf16 units make it faster. Start with a quick try.</source>
        <translation>Kartu grafis tidak ditemukan: pelatihan berjalan di prosesor ({memory} GB memori), yang unit bf16-nya membuat pelatihan lebih cepat. Mulailah dengan percobaan cepat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), which has no bf16 units, so training is 2 to 3 times slower than on processors with them. Start with a quick try.</source>
        <translation>Kartu grafis tidak ditemukan: pelatihan berjalan di prosesor ({memory} GB memori), yang tidak memiliki unit bf16, sehingga pelatihan 2 sampai 3 kali lebih lambat daripada di prosesor yang memilikinya. Mulailah dengan percobaan cepat.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing to resume</source>
        <translation>Tidak ada yang dapat dilanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Tidak ada pelatihan yang dihentikan untuk dilanjutkan.</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation type="vanished">Melanjutkan {run}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting a new training run.</source>
        <translation>Memulai sesi pelatihan baru.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Berhenti setelah langkah ini; kemajuan disimpan…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time left: {eta}</source>
        <translation>sisa waktu: {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} klip tidak dipakai (terlalu panjang, atau terlalu pendek untuk transkripnya).</translation>
    </message>
    <message>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation type="vanished">langkah {step}: nilai loss periksa {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.3f}</source>
        <translation type="vanished">langkah {step}: nilai loss {loss:.3f}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Selesai: adaptor {name}, CER periksa {cer}; adaptor bawaan model dasar: CER {base}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own output (zero-shot): CER {base}.</source>
        <translation>Selesai: adaptor {name}, CER periksa {cer}; keluaran bawaan model dasar (tanpa pelatihan): CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Selesai: adaptor {name}, CER periksa {cer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Selesai. Adaptor ada di pustaka di bawah dan di halaman Transkripsi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. {reason}</source>
        <translation>Dihentikan. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>Pelatihan tidak dapat dijalankan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ Pelatihan gagal secara tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+33"/>
        <source>Loss (lower is better)</source>
        <translation>Nilai loss (makin rendah makin baik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Tingkat kesalahan pada klip pemeriksa (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training curves</source>
        <translation>Kurva pelatihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss and error rates by training step; the training log beside it has the same numbers in words</source>
        <translation>Nilai loss dan tingkat kesalahan per langkah pelatihan; log pelatihan di sebelahnya memuat angka yang sama dalam kata-kata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>langkah</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WER (words)</source>
        <translation>WER (kata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (characters)</source>
        <translation>CER (karakter)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+75"/>
        <location line="+27"/>
        <source>Transcribe</source>
        <translation>Transkripsi</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open audio…</source>
        <translation>B&amp;uka audio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+240"/>
        <source>Record</source>
        <translation>Rekam</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Record something to transcribe</source>
        <translation>Rekam sesuatu untuk ditranskripsi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter</source>
        <translation>Adaptor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transcribe</source>
        <translation>T&amp;ranskripsi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Taruh rekaman di sini, buka rekaman, atau rekam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transkrip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>Kata yang diarsir dan digarisbawahi adalah kata yang paling tidak diyakini model. Klik kata untuk mendengarkannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Segmen, yang paling tidak yakin lebih dulu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Teks (sunting untuk membetulkan)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>Tamb&amp;ahkan segmen yang dicentang ke data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Segmen yang dibetulkan menjadi klip pelatihan; latih lagi untuk meningkatkan pengenal suara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Ekspor:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>transcribing</source>
        <translation>mentranskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>merekam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Klik kata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>dengarkan kata itu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Klik ganda segmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>dengarkan segmen itu</translation>
    </message>
    <message>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation type="vanished">Adaptor {lang} bawaan model dasar (jika ada)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export as {format}</source>
        <translation>Ekspor sebagai {format}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>greedy</source>
        <translation>tanpa LM</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ added to the dataset</source>
        <translation>✓ ditambahkan ke data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ corrected</source>
        <translation>✎ dibetulkan</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Save the transcript as {format}</source>
        <translation>Simpan transkrip sebagai {format}</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Open audio</source>
        <translation>Buka audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recording to transcribe</source>
        <translation>Pilih rekaman untuk ditranskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <source>&amp;Record</source>
        <translation>Re&amp;kam</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>The trained adapter that writes the transcript</source>
        <translation>Adaptor terlatih yang menulis transkrip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a transcript of the recording with the chosen adapter</source>
        <translation>Tulis transkrip rekaman dengan adaptor yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>H&amp;entikan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing; the segments already done are kept</source>
        <translation>Hentikan transkripsi; segmen yang sudah selesai tetap disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dapter:</source>
        <translation>A&amp;daptor:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The transcript word by word; words the model is unsure of are underlined and shaded. Tab moves between words, Enter plays the word.</source>
        <translation>Transkrip kata demi kata; kata yang kurang diyakini model digarisbawahi dan diarsir. Tab berpindah antarkata, Enter memutar kata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each segment with its confidence in words; F2 corrects the text, Space ticks Add, Ctrl+Space plays the segment.</source>
        <translation>Setiap segmen dengan keyakinannya dalam kata-kata; F2 membetulkan teks, Spasi mencentang Tambah, Ctrl+Space memutar segmen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add checked segments to the dataset</source>
        <translation>Tambahkan segmen yang dicentang ke data</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Transcription progress</source>
        <translation>Kemajuan transkripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Seberapa banyak rekaman yang sudah ditranskripsi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hear the selected segment</source>
        <translation>dengarkan segmen yang dipilih</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a recording</source>
        <translation>Buka rekaman</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation type="vanished">Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use this recording</source>
        <translation>Rekaman ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation type="vanished">Tidak dapat merekam</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop &amp;recording</source>
        <translation>Hentikan pere&amp;kaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Hentikan perekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Recording… press Stop recording when done.</source>
        <translation>● Merekam… tekan Hentikan perekaman jika sudah selesai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing the take…</source>
        <translation>Menyelesaikan rekaman coba…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>● Recording… {s:.1f} s — press Stop recording when done.</source>
        <translation>● Merekam… {s:.1f} s — tekan Hentikan perekaman jika sudah selesai.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Transcribing needs the base model, which is not on this computer yet.</source>
        <translation>Transkripsi memerlukan model dasar, yang belum ada di komputer ini.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} segment(s) so far…</source>
        <translation>{n} segmen sejauh ini…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>Transkripsi tidak dapat dijalankan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>Tidak ada yang dikenali. Ketik apa yang diucapkan di baris di bawah lalu tambahkan ke data: begitulah cara pengenal suara belajar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>{n} segmen. Betulkan dulu yang paling tidak yakin, lalu tambahkan ke data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoder: {decoder}.</source>
        <translation>Dekoder: {decoder}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— nothing recognised</source>
        <translation>— tidak ada yang dikenali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ rendah</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(tidak ada yang dikenali: ketik apa yang diucapkan di tabel di bawah)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(tidak ada ucapan yang ditemukan)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation type="vanished">Tidak dapat diputar</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: ketik dulu apa yang diucapkan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some segments were not added</source>
        <translation>Beberapa segmen tidak ditambahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>{n} klip ditambahkan ke data. Latih lagi untuk meningkatkan pengenal suara.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Ekspor transkrip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../mms_studio/gui/plots/waveform.py" line="+55"/>
        <source>seconds</source>
        <translation>detik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waveform</source>
        <translation>Bentuk gelombang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape of the sound over time, in seconds</source>
        <translation>Bentuk suara dari waktu ke waktu, dalam detik</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+33"/>
        <source>Welcome — MMS Studio</source>
        <translation>Selamat datang — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Ubah rekaman komunitas Anda menjadi pengenal suara untuk bahasa Anda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>Proyek &amp;baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>B&amp;uka proyek…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project for a language: a name, the language code and a folder (Ctrl+N)</source>
        <translation>Mulai proyek untuk sebuah bahasa: nama, kode bahasa, dan folder (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder made earlier (Ctrl+O)</source>
        <translation>Buka folder proyek yang dibuat sebelumnya (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a &amp;demo project</source>
        <translation>Coba proyek &amp;demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a demo project</source>
        <translation>Coba proyek demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a small project in a made-up language with a tiny model trained on it, to look around without downloading anything (about a minute)</source>
        <translation>Buat proyek kecil dalam bahasa rekaan dengan model mungil yang dilatih padanya, untuk melihat-lihat tanpa mengunduh apa pun (sekitar satu menit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo progress</source>
        <translation>Kemajuan demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far making the demo project has come</source>
        <translation>Sejauh mana proyek demo sudah dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making the demo</source>
        <translation>Hentikan pembuatan demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the demo project; what was made stays in its folder</source>
        <translation>Hentikan pembuatan proyek demo; yang sudah dibuat tetap ada di foldernya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent projects</source>
        <translation>Proyek terbaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects opened before; press Enter to open the selected one.</source>
        <translation>Proyek yang pernah dibuka; tekan Enter untuk membuka yang dipilih.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Proyek yang Anda buka akan tercantum di sini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Proyek &amp;terbaru</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open project folder</source>
        <translation>Buka folder proyek</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the demo project in {path}…</source>
        <translation>Membuat proyek demo di {path}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo project is ready.</source>
        <translation>Proyek demo sudah siap.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped. What was made is still in its folder.</source>
        <translation>Dihentikan. Yang sudah dibuat masih ada di foldernya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo project could not be made</source>
        <translation>Proyek demo tidak dapat dibuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the demo failed unexpectedly; see the log file.</source>
        <translation>Pembuatan demo gagal secara tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+23"/>
        <source>No sound system was found on this computer, so recording and playback are unavailable. Install PortAudio (see the README), then restart MMS Studio.</source>
        <extracomment>Every template a core job or workflow sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Sistem suara tidak ditemukan di komputer ini, jadi perekaman dan pemutaran tidak tersedia. Pasang PortAudio (lihat README), lalu mulai ulang MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of sound devices could not be read. Check that the sound system is running, then look for sound devices again.</source>
        <translation>Daftar perangkat suara tidak dapat dibaca. Pastikan sistem suara berjalan, lalu cari perangkat suara lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound card was found: recording and playback are unavailable. Plug in a microphone and speakers or a headset, then press “Look for sound devices again”.</source>
        <translation>Kartu suara tidak ditemukan: perekaman dan pemutaran tidak tersedia. Pasang mikrofon dan speaker atau headset, lalu tekan “Cari perangkat suara lagi”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No microphone was found, so nothing can be recorded. Plug one in, then press “Look for sound devices again”.</source>
        <translation>Mikrofon tidak ditemukan, jadi tidak ada yang bisa direkam. Pasang mikrofon, lalu tekan “Cari perangkat suara lagi”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speakers or headphones were found, so nothing can be played. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Speaker atau headphone tidak ditemukan, jadi tidak ada yang bisa diputar. Pasang salah satunya, lalu tekan “Cari perangkat suara lagi”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be opened; the previous one is still in use.</source>
        <translation>Mikrofon “{name}” tidak dapat dibuka; mikrofon sebelumnya masih digunakan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be started; the previous one is still in use.</source>
        <translation>Mikrofon “{name}” tidak dapat dijalankan; mikrofon sebelumnya masih digunakan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound could not be played: no speakers or headphones answered. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Suara tidak dapat diputar: tidak ada speaker atau headphone yang merespons. Pasang salah satunya, lalu tekan “Cari perangkat suara lagi”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is too short: say the whole sentence after pressing record.</source>
        <translation>Rekaman coba terlalu pendek: ucapkan seluruh kalimat setelah menekan rekam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is longer than {seconds:.0f} seconds: split it into shorter sentences.</source>
        <translation>Rekaman coba lebih dari {seconds:.0f} detik: pecah menjadi kalimat yang lebih pendek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is very quiet: speak closer to the microphone or raise its input level.</source>
        <translation>Rekaman coba sangat pelan: bicaralah lebih dekat ke mikrofon atau naikkan level masukannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is distorted (too loud): move back from the microphone or lower its input level.</source>
        <translation>Rekaman coba pecah (terlalu keras): menjauhlah dari mikrofon atau turunkan level masukannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take {name} could not be read; it is kept in the project&apos;s recordings folder.</source>
        <translation>Rekaman coba {name} tidak dapat dibaca; rekaman itu tetap disimpan di folder rekaman proyek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Ketik apa yang diucapkan dalam rekaman coba sebelum menerimanya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A take is already being recorded.</source>
        <translation>Sudah ada rekaman coba yang sedang direkam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved in {folder} ({reason}).</source>
        <translation>Rekaman coba tidak dapat disimpan di {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved: {reason}</source>
        <translation>Rekaman coba tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <translation>Memilih klip pelatihan, klip pemeriksa, dan klip uji (penutur dipisahkan)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Memuat model dasar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the base model for this computer (once)…</source>
        <translation>Menyiapkan model dasar untuk komputer ini (sekali saja)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with the baseline “{baseline}”…</source>
        <translation>Mentranskripsi dengan pembanding “{baseline}”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the base model {base} (about 4 GB, resumable)…</source>
        <translation>Mengunduh model dasar {base} (sekitar 4 GB, dapat dilanjutkan)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the downloaded base model…</source>
        <translation>Memeriksa model dasar yang diunduh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Mentranskripsi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding speech…</source>
        <translation>Mencari ucapan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding speech in {name} ({n} of {total})…</source>
        <translation>Mencari ucapan di {name} ({n} dari {total})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing {speech} of speech ({skipped} of silence skipped)…</source>
        <translation>Mentranskripsi {speech} ucapan ({skipped} hening dilewati)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening to the recording…</source>
        <translation>Mendengarkan rekaman…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning the transcript…</source>
        <translation>Menyelaraskan transkrip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the aligned lines to the project…</source>
        <translation>Menambahkan baris yang sudah diselaraskan ke proyek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding {count} clip(s)…</source>
        <translation>Menambahkan {count} klip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut from {name} by speech detection; it needs its transcript.</source>
        <translation>Dipotong dari {name} dengan deteksi ucapan; klip ini perlu transkrip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript follows this line; check where the line ends.</source>
        <translation>Setelah baris ini ada ucapan yang tidak ada dalam transkrip; periksa di mana baris ini berakhir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript comes before this line; check where it starts.</source>
        <translation>Sebelum baris ini ada ucapan yang tidak ada dalam transkrip; periksa di mana baris ini dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alignment of this line is doubtful (score {score}); check its times and its text.</source>
        <translation>Penyelarasan baris ini meragukan (skor {score}); periksa waktu dan teksnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the Review page without a transcript; type what is said.</source>
        <translation>Diterima di halaman Tinjau tanpa transkrip; ketik apa yang diucapkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating…</source>
        <translation>Mengevaluasi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {count} clip(s)…</source>
        <translation>Mengekspor {count} klip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} clip(s) to {folder}.</source>
        <translation>{count} klip diekspor ke {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {count} clip(s)…</source>
        <translation>Mengimpor {count} klip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {imported} clip(s); skipped {skipped}.</source>
        <translation>{imported} klip diimpor; {skipped} dilewati.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step}: dev CER {cer:.1%}, WER {wer:.1%}</source>
        <translation>Langkah {step}: CER periksa {cer:.1%}, WER {wer:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter…</source>
        <translation>Melatih adaptor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter (recomputing activations to fit in memory)…</source>
        <translation>Melatih adaptor (menghitung ulang agar muat di memori)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: dev CER has not improved for {count} evaluations.</source>
        <translation>Dihentikan lebih awal: CER periksa tidak membaik selama {count} evaluasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dev clips yet: clip {clip} is kept aside to measure progress.</source>
        <translation>Belum ada klip pemeriksa: klip {clip} disisihkan untuk mengukur kemajuan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the base model&apos;s own adapter for this language…</source>
        <translation>Membandingkan dengan adaptor bawaan model dasar untuk bahasa ini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with what the base model writes on its own (zero-shot)…</source>
        <translation>Membandingkan dengan apa yang ditulis model dasar sendiri (tanpa pelatihan)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming {run} with its own settings: step {step} of {steps}. To change them, start a new run.</source>
        <translation>Melanjutkan {run} dengan pengaturannya sendiri: langkah {step} dari {steps}. Untuk mengubahnya, mulai sesi pelatihan baru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Tidak ada perbandingan dengan model dasar: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Memuat model…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name “{name}” is empty or leads outside the dataset folder.</source>
        <translation>Nama berkas “{name}” kosong atau mengarah ke luar folder data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is missing or not a recording.</source>
        <translation>{name} tidak ada atau bukan rekaman.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcription is empty.</source>
        <translation>Transkripnya kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recording(s) listed are not in the clips folder: {named}{more}.</source>
        <translation>{count} rekaman dalam daftar tidak ada di folder klip: {named}{more}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence is empty.</source>
        <translation>Kalimatnya kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path “{path}” leads outside the clips folder; it was not followed.</source>
        <translation>Jalur “{path}” mengarah ke luar folder klip; jalur itu tidak diikuti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no tiers.</source>
        <translation>Berkas ini tidak memiliki tingkat (tier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its time-aligned top-level tiers has any text; choose a tier with --tier.</source>
        <translation>Tidak ada tingkat teratas yang selaras waktu yang berisi teks; pilih tingkat dengan --tier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its annotations subdivide another tier&apos;s annotations without times of their own; import the parent tier instead.</source>
        <translation>Anotasinya membagi anotasi tingkat lain tanpa waktu sendiri; impor tingkat induknya saja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier has no annotations.</source>
        <translation>Tingkat ini tidak memiliki anotasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty annotation(s).</source>
        <translation>{count} anotasi kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tier matches {asked}; its tiers are: {tiers}.</source>
        <translation>Tidak ada tingkat yang cocok dengan {asked}; tingkat yang ada: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its tiers has any text.</source>
        <translation>Tidak ada tingkatnya yang berisi teks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({tried}) was not found in the folders chosen for this import, so its {count} annotation(s) were not imported; put the recording beside the .eaf, or import the folder that holds both.</source>
        <translation>Rekamannya ({tried}) tidak ditemukan di folder yang dipilih untuk impor ini, jadi {count} anotasinya tidak diimpor; letakkan rekaman di samping berkas .eaf, atau impor folder yang berisi keduanya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation has no time in the file (unaligned).</source>
        <translation>Anotasi ini tidak memiliki waktu di dalam berkas (tidak selaras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation mostly overlaps the one before it on the same tier.</source>
        <translation>Anotasi ini sebagian besar tumpang tindih dengan anotasi sebelumnya pada tingkat yang sama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation lies outside the recording {media}.</source>
        <translation>Anotasi ini berada di luar rekaman {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation ends ({end} ms) before it starts ({start} ms).</source>
        <translation>Anotasi ini berakhir ({end} ms) sebelum dimulai ({start} ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation starts after the end of {media}.</source>
        <translation>Anotasi ini dimulai setelah akhir {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording {media} cannot be used: {reason}</source>
        <translation>Rekamannya, {media}, tidak dapat digunakan: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds no subtitles.</source>
        <translation>Berkas ini tidak berisi subtitel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} subtitle(s) were not imported.</source>
        <translation>Rekamannya ({stem}.wav atau berkas audio lain bernama {stem}) tidak ditemukan di sebelahnya, jadi {count} subtitelnya tidak diimpor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} subtitle(s) without text (or repeating the one before).</source>
        <translation>{count} subtitel tanpa teks (atau sama dengan subtitel sebelumnya).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle ends before it starts.</source>
        <translation>Subtitel ini berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle starts after the end of {media}.</source>
        <translation>Subtitel ini dimulai setelah akhir {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle lies outside the recording {media}.</source>
        <translation>Subtitel ini berada di luar rekaman {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} interval(s) were not imported.</source>
        <translation>Rekamannya ({stem}.wav atau berkas audio lain bernama {stem}) tidak ditemukan di sebelahnya, jadi {count} intervalnya tidak diimpor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a point tier; only interval tiers have stretches of speech to cut.</source>
        <translation>Ini tingkat titik; hanya tingkat interval yang memiliki bagian ucapan untuk dipotong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no interval tier with any text.</source>
        <translation>Tidak ada tingkat interval yang berisi teks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval starts after the end of {media}.</source>
        <translation>Interval ini dimulai setelah akhir {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval lies outside the recording {media}.</source>
        <translation>Interval ini berada di luar rekaman {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds no transcribed speech.</source>
        <translation>Berkas ini tidak berisi ucapan yang ditranskripsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({name}.wav) was not found next to it, so its {count} transcribed stretch(es) were not imported.</source>
        <translation>Rekamannya ({name}.wav) tidak ditemukan di sebelahnya, jadi {count} bagian yang ditranskripsi tidak diimpor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch ends before it starts.</source>
        <translation>Bagian ini berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch starts after the end of {media}.</source>
        <translation>Bagian ini dimulai setelah akhir {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch lies outside the recording {media} (negative times).</source>
        <translation>Bagian ini berada di luar rekaman {media} (waktu negatif).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read ({reason}).</source>
        <translation>Berkas tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported by default; choose it with --tier if it holds the transcription.</source>
        <translation>Tidak diimpor secara bawaan; pilih dengan --tier jika tingkat ini berisi transkripsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invisible character(s) {chars} removed</source>
        <translation>Karakter tak terlihat {chars} dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup removed ({examples})</source>
        <translation>Markup dihapus ({examples})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tier is damaged ({problem}); the other tiers are read. Open the file in Praat and save it again.</source>
        <translation>Tingkat ini rusak ({problem}); tingkat lainnya tetap dibaca. Buka berkas di Praat lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as Latin-1 (Western European) text, as Praat does for a file that is not UTF-8 or UTF-16; check its accented letters.</source>
        <translation>Dibaca sebagai teks Latin-1 (Eropa Barat), seperti yang dilakukan Praat untuk berkas yang bukan UTF-8 atau UTF-16; periksa huruf beraksennya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty or silence interval(s) passed over.</source>
        <translation>{count} interval kosong atau hening dilewati.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: it holds the most running text ({letters:,} letters, {words:.1f} words per annotation).</source>
        <translation>Mengambil tingkat “{tier}”: tingkat ini berisi teks berjalan terbanyak ({letters:,} huruf, {words:.1f} kata per anotasi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: its name says it holds the transcription ({count} annotation(s)).</source>
        <translation>Mengambil tingkat “{tier}”: namanya menunjukkan bahwa tingkat ini berisi transkripsi ({count} anotasi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tier per speaker, named after the speaker: {tiers}.</source>
        <translation>Satu tingkat per penutur, dinamai sesuai penuturnya: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One transcript tier per participant: {tiers}.</source>
        <translation>Satu tingkat transkrip per peserta: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers named as transcriptions: {tiers}.</source>
        <translation>Tingkat yang dinamai sebagai transkripsi: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has letters in another script than this project&apos;s usual {usual} ({found}): another language, or letters typed with the wrong keyboard.</source>
        <translation>Transkrip ini berisi huruf dari aksara selain aksara biasa proyek ini, {usual} ({found}): bahasa lain, atau huruf yang diketik dengan papan ketik yang salah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip holds no sound at all.</source>
        <translation>Klip ini sama sekali tidak berisi suara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is silent (its loudest moment is {peak:.0f} dBFS): nothing was recorded, or the wrong channel or cut was taken.</source>
        <translation>Klip ini hening (bagian terkerasnya {peak:.0f} dBFS): tidak ada yang terekam, atau kanal atau potongan yang diambil salah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is distorted: {share:.1%} of its samples are at full scale (recorded too loud).</source>
        <translation>Klip ini pecah: {share:.1%} sampelnya mencapai skala penuh (direkam terlalu keras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is {seconds:.0f} s long; training uses clips of up to {limit:.0f} s, so split it into sentences.</source>
        <translation>Panjang klip ini {seconds:.0f} s; pelatihan memakai klip hingga {limit:.0f} s, jadi pecah menjadi beberapa kalimat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has {letters:,} letters for {seconds:.2f} s of sound ({rate:,.0f} per second; speech has at most about 20): the text and the cut do not belong together.</source>
        <translation>Transkrip ini berisi {letters:,} huruf untuk {seconds:.2f} s suara ({rate:,.0f} per detik; ucapan paling banyak sekitar 20): teks dan potongannya tidak cocok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has only {letters} letter(s) for {seconds:.0f} s of sound; it is probably incomplete.</source>
        <translation>Transkrip ini hanya berisi {letters} huruf untuk {seconds:.0f} s suara; kemungkinan belum lengkap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is almost all silence ({share:.0%} of it below {level:.0f} dBFS); check that the cut holds the speech.</source>
        <translation>Klip ini hampir seluruhnya hening ({share:.0%} di bawah {level:.0f} dBFS); periksa apakah potongan itu berisi ucapan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is only {seconds:.2f} s long, too short to hold a word.</source>
        <translation>Klip ini hanya {seconds:.2f} s, terlalu pendek untuk memuat satu kata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip sounds like steady noise, not speech (its loudness stays within {spread:.0f} dB, peak {peak:.0f} dBFS); listen to it before training.</source>
        <translation>Klip ini terdengar seperti derau tetap, bukan ucapan (kerasnya tetap dalam rentang {spread:.0f} dB, puncak {peak:.0f} dBFS); dengarkan dulu sebelum pelatihan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as timed labels (start end label lines); the times were left out</source>
        <translation>Dibaca sebagai label berwaktu (baris awal akhir label); waktunya diabaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording&apos;s name “{id}” at the start of the line was left out</source>
        <translation>Nama rekaman “{id}” di awal baris diabaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as an “id|text” line (another tool&apos;s layout); the id “{id}” was left out</source>
        <translation>Dibaca sebagai baris “id|teks” (format alat lain); id “{id}” diabaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} clip(s), {hms} of audio; {flagged} need review; skipped {skipped}.</source>
        <translation>{count} klip diimpor, {hms} audio; {flagged} perlu ditinjau; {skipped} dilewati.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({count} clip(s)).</source>
        <translation>{text} ({count} klip).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  imported  {name}: {count} clip(s), {seconds:.1f} s</source>
        <translation>  diimpor   {name}: {count} klip, {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  skipped   {where}: {reason}</source>
        <translation>  dilewati  {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  note      {where}: {text}</source>
        <translation>  catatan   {where}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript holds annotation markup ({examples}) that would be learnt as speech; edit it, or import again with the option to remove markup.</source>
        <translation>Transkrip ini berisi markup anotasi ({examples}) yang akan dipelajari sebagai ucapan; sunting transkripnya, atau impor lagi dengan opsi untuk menghapus markup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  review    {where}: {reason}</source>
        <translation>  tinjau    {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left of the transcript once markup and invisible characters are removed.</source>
        <translation>Tidak ada yang tersisa dari transkrip setelah markup dan karakter tak terlihat dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored clip cannot be read back: {reason}</source>
        <translation>Klip yang disimpan tidak dapat dibaca kembali: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the tiny demo model…</source>
        <translation>Membuat model demo mungil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {count} demo clips…</source>
        <translation>Merekam {count} klip demo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the texts…</source>
        <translation>Membaca teks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the language model…</source>
        <translation>Membuat model bahasa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring {clips} dev clips…</source>
        <translation>Menilai {clips} klip pemeriksa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning the language model weights on {clips} dev clips…</source>
        <translation>Menyesuaikan bobot model bahasa pada {clips} klip pemeriksa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greedy</source>
        <translation>tanpa LM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beam search with hotwords</source>
        <translation>pencarian beam dengan kata prioritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: beam search with hotwords, no language model.</source>
        <translation>Dekode: pencarian beam dengan kata prioritas, tanpa model bahasa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (no language model).</source>
        <translation>Dekode: tanpa LM (tanpa model bahasa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own adapter).</source>
        <translation>Dekode: tanpa LM (adaptor bawaan model dasar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own output, zero-shot).</source>
        <translation>Dekode: tanpa LM (keluaran bawaan model dasar, tanpa pelatihan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptor {lang} bawaan model dasar (jika ada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s own output (zero-shot)</source>
        <translation>Keluaran bawaan model dasar (tanpa pelatihan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own output (zero-shot).</source>
        <translation>Belum ada adaptor yang dilatih: mentranskripsi dengan keluaran bawaan model dasar (tanpa pelatihan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own adapter for “{language}”.</source>
        <translation>Belum ada adaptor yang dilatih: mentranskripsi dengan adaptor bawaan model dasar untuk “{language}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding without the language model: {reason}</source>
        <translation>Dekode tanpa model bahasa: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding without the language model: it did not lower this adapter&apos;s dev error rates (use --lm to force it).</source>
        <translation>Dekode tanpa model bahasa: model itu tidak menurunkan tingkat kesalahan periksa adaptor ini (gunakan --lm untuk memaksanya).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding: {decoder}.</source>
        <translation>Dekode: {decoder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {order}, {words} words, from {sentences} sentences</source>
        <translation>orde {order}, {words} kata, dari {sentences} kalimat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tuned on the dev clips</source>
        <translation>disetel pada klip pemeriksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tuned yet: default weights</source>
        <translation>belum disetel: bobot bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned}) + {count} hotwords</source>
        <translation>model bahasa ({model}; bobot {alpha:g}, bonus kata {beta:g}, {tuned}) + {count} kata prioritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned})</source>
        <translation>model bahasa ({model}; bobot {alpha:g}, bonus kata {beta:g}, {tuned})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1,162 languages with ready adapters</source>
        <translation>1.162 bahasa dengan adaptor siap pakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the slowest: about 12 s per training step on a 2-core laptop</source>
        <translation>paling lambat: sekitar 12 d per langkah pelatihan pada laptop 2 inti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription</source>
        <translation>317 M bobot, 3× lebih sedikit daripada MMS 1B: pelatihan dan transkripsi lebih cepat</translation>
    </message>
    <message>
        <source>the slowest: an adapter step on 4 × 5 s takes ~12 s on a 2-core laptop CPU</source>
        <translation type="vanished">paling lambat: satu langkah adaptor untuk 4 × 5 d memerlukan ~12 d pada prosesor laptop 2 inti</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>1,600+ languages (no ready adapters)</source>
        <translation>1.600+ bahasa (tanpa adaptor siap pakai)</translation>
    </message>
    <message>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription (bench/families.py measures both on this computer)</source>
        <translation type="vanished">317 M bobot, 3× lebih sedikit daripada MMS 1B: pelatihan dan transkripsi lebih cepat (bench/families.py mengukur keduanya di komputer ini)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about as heavy as MMS 1B (similar speed); more accurate than the 300M</source>
        <translation>kira-kira seberat MMS 1B (kecepatan serupa); lebih akurat daripada yang 300M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model folder on this computer</source>
        <translation>folder model di komputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a model from the Hub</source>
        <translation>model dari Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on the model</source>
        <translation>tergantung modelnya</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {field} of clip {clip}</source>
        <translation type="vanished">Sunting {field} klip {clip}</translation>
    </message>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+30"/>
        <source>Edit the transcript of {clip}</source>
        <translation>Sunting transkrip {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the speaker of {clip}</source>
        <translation>Ubah penutur {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {clip} to another set</source>
        <translation>Pindahkan {clip} ke kelompok lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of {clip}</source>
        <translation>Ubah status {clip}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete {n} clip(s)</source>
        <translation>Hapus {n} klip</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change the language settings</source>
        <translation>Ubah pengaturan bahasa</translation>
    </message>
</context>
</TS>
