<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+98"/>
        <location line="+43"/>
        <source>Cannot open this project</source>
        <translation>Proyek ini tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Membuka {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+61"/>
        <source>The base model is needed</source>
        <translation>Model dasar diperlukan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation>Untuk melatih dan mentranskripsi, MMS Studio memerlukan model dasar MMS dari Meta, “{base}” (sekitar 4 GB, berlisensi CC-BY-NC 4.0). Unduh sekali saja — unduhan yang terputus akan dilanjutkan dari titik berhentinya — atau pilih folder yang sudah berisi model itu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Download</source>
        <translation>&amp;Unduh</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+29"/>
        <source>Downloading… time left {eta}</source>
        <translation>Mengunduh… sisa waktu {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ Model dasar sudah siap.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+38"/>
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
        <location filename="../../mms_studio/gui/shell/crash.py" line="+56"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio mengalami masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Terjadi kesalahan di dalam MMS Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation>Rekaman, transkrip, dan sesi pelatihan yang sudah selesai disimpan selama Anda bekerja, jadi tidak ada hasil kerja Anda yang hilang. Anda dapat terus bekerja, atau memulai ulang aplikasi agar aman.

Rinciannya ada di berkas log:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+104"/>
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
        <location line="+200"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Laporan ejaan</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Tampilkan setiap karakter yang dipakai dalam transkrip, seberapa sering, dan di klip mana</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="-97"/>
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
        <location line="+18"/>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation>Setiap klip dengan statusnya dalam kata-kata; F2 menyunting transkrip, tombol Menu mengubah status atau kelompok, Ctrl+Space memutar klip.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Pilih klip untuk melihat dan mendengarkannya.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+47"/>
        <source>delete the selected clips</source>
        <translation>hapus klip yang dipilih</translation>
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
        <location line="+20"/>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Klip: {clips} · ujaran: {minutes:.1f} menit · penutur: {speakers} · kelompok: {splits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation>Versi MMS Studio ini belum dapat membuat laporan tersebut.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation>{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown speaker</source>
        <translation>penutur tidak dikenal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot play this clip</source>
        <translation>Klip ini tidak dapat diputar</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+16"/>
        <source>Import recordings and transcripts</source>
        <translation>Impor rekaman dan transkrip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation>Rekaman dan transkrip (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+22"/>
        <source>silence</source>
        <translation>hening</translation>
    </message>
    <message>
        <location line="-21"/>
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
        <location line="+21"/>
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
        <location filename="../../mms_studio/gui/main_window.py" line="+62"/>
        <source>Record</source>
        <translation>Rekam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Latih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribe</source>
        <translation>Transkripsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Bagian-bagian proyek: pilih dengan tombol panah, atau tekan Ctrl+1 sampai Ctrl+5 dari mana saja.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opening the project…</source>
        <translation>Membuka proyek…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every change is saved as you make it.</source>
        <translation>Setiap perubahan langsung disimpan.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>{n} rekaman coba yang terputus karena aplikasi mogok tetap disimpan; tinjau di halaman Rekam</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page</source>
        <translation>Tampilkan halaman {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;Tentang MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Bahasa antarmuka</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation>Bahasa antarmuka yang baru akan tampil sepenuhnya saat MMS Studio dibuka lagi.</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+24"/>
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
        <location line="+18"/>
        <source>a background job</source>
        <translation>tugas di latar belakang</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../mms_studio/gui/welcome.py" line="+55"/>
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
        <location line="+2"/>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation>kode ISO 639-3, mis. abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Kode bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation>Kode ISO 639-3 bahasa ini (dua atau tiga huruf kecil); tidak dapat diubah nanti.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>&amp;Language code:</source>
        <translation>&amp;Kode bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+19"/>
        <source>Give the project a name.</source>
        <translation>Beri nama proyek ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation>Masukkan kode ISO 639-3 bahasa ini (dua atau tiga huruf kecil).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Keep projects in</source>
        <translation>Simpan proyek di</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+61"/>
        <location line="+73"/>
        <location line="+284"/>
        <source>Record</source>
        <translation>Rekam</translation>
    </message>
    <message>
        <location line="-343"/>
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
        <location line="+254"/>
        <source>Free recording</source>
        <translation>Rekaman bebas</translation>
    </message>
    <message>
        <location line="-255"/>
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
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Tekan Rekam (Ctrl+R) dan bacakan kalimatnya.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+12"/>
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
        <location line="+43"/>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation>⚠ Mikrofon tidak ditemukan. Colokkan mikrofon lalu kembali ke halaman ini.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Microphone not changed</source>
        <translation>Mikrofon tidak diganti</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+221"/>
        <source>Open prompts</source>
        <translation>Buka kalimat untuk dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+35"/>
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
        <location line="+11"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Merekam… {s:.1f} s — tekan Hentikan (Ctrl+R) jika sudah selesai.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The take could not be saved: {error}</source>
        <translation>⚠ Rekaman coba tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Rekaman coba bagus ({s:.1f} s). Terima dengan Ctrl+Enter, atau rekam ulang.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot play the take</source>
        <translation>Rekaman coba tidak dapat diputar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type what was said</source>
        <translation>Ketik apa yang diucapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Ketik apa yang diucapkan dalam rekaman coba sebelum menerimanya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The take was not added</source>
        <translation>Rekaman coba tidak ditambahkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added clip {id}.</source>
        <translation>Klip {id} ditambahkan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Ditambahkan. Tekan Rekam (Ctrl+R) untuk yang berikutnya.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/settings.py" line="+55"/>
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
        <location line="+13"/>
        <source>S&amp;ample:</source>
        <translation>&amp;Contoh:</translation>
    </message>
    <message>
        <location line="-10"/>
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
        <location line="+3"/>
        <source>Learned as:</source>
        <translation>Dipelajari sebagai:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>Sim&amp;pan pengaturan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep these rules for training and scoring</source>
        <translation>Simpan aturan ini untuk pelatihan dan penilaian</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak disimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved.</source>
        <translation>✓ Tersimpan.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+71"/>
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
        <location line="+7"/>
        <location line="+3"/>
        <source>from the preset</source>
        <translation>dari prasetel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recipe default (0.001)</source>
        <translation>nilai bawaan (0.001)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fit to memory</source>
        <translation>sesuaikan dengan memori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Langkah pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation>Berapa langkah pelatihan; 0 memakai jumlah dari prasetel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on dev clips every</source>
        <translation>Periksa pada klip pemeriksa setiap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation>Berapa langkah di antara pemeriksaan pada klip pemeriksa; 0 memakai nilai dari prasetel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Laju pembelajaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation>Seberapa besar setiap langkah pelatihan; 0 memakai nilai bawaan</translation>
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
        <location line="+3"/>
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
        <location line="+4"/>
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
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation>Klip pemeriksa yang sama, ditranskripsi oleh adaptor bawaan model dasar untuk bahasa ini jika ada (— jika tidak ada)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adapter library (this project)</source>
        <translation>Pustaka adaptor (proyek ini)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Perangkat keras komputer ini tidak dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+25"/>
        <source>Nothing to resume</source>
        <translation>Tidak ada yang dapat dilanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Tidak ada pelatihan yang dihentikan untuk dilanjutkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming {run}</source>
        <translation>Melanjutkan {run}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting a new training run.</source>
        <translation>Memulai sesi pelatihan baru.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Berhenti setelah langkah ini; kemajuan disimpan…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time left: {eta}</source>
        <translation>sisa waktu: {eta}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} klip tidak dipakai (terlalu panjang, atau terlalu pendek untuk transkripnya).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation>langkah {step}: nilai loss periksa {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss:.3f}</source>
        <translation>langkah {step}: nilai loss {loss:.3f}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Selesai: adaptor {name}, CER periksa {cer}; adaptor bawaan model dasar: CER {base}.</translation>
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
        <location line="+5"/>
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
        <location filename="../../mms_studio/gui/plots/curves.py" line="+30"/>
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
        <location line="+7"/>
        <source>step</source>
        <translation>langkah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training</source>
        <translation>pelatihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dev</source>
        <translation>periksa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WER (words)</source>
        <translation>WER (kata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CER (characters)</source>
        <translation>CER (karakter)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+64"/>
        <location line="+24"/>
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
        <location line="+209"/>
        <source>Record</source>
        <translation>Rekam</translation>
    </message>
    <message>
        <location line="-210"/>
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
        <location line="+43"/>
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
        <location line="+25"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptor {lang} bawaan model dasar (jika ada)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export as {format}</source>
        <translation>Ekspor sebagai {format}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the transcript as {format}</source>
        <translation>Simpan transkrip sebagai {format}</translation>
    </message>
    <message>
        <location line="-154"/>
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
        <location line="+209"/>
        <source>&amp;Record</source>
        <translation>Re&amp;kam</translation>
    </message>
    <message>
        <location line="-203"/>
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
        <location line="+29"/>
        <source>Transcription progress</source>
        <translation>Kemajuan transkripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Seberapa banyak rekaman yang sudah ditranskripsi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hear the selected segment</source>
        <translation>dengarkan segmen yang dipilih</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a recording</source>
        <translation>Buka rekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use this recording</source>
        <translation>Rekaman ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot record</source>
        <translation>Tidak dapat merekam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop &amp;recording</source>
        <translation>Hentikan pere&amp;kaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Hentikan perekaman</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+17"/>
        <source>— nothing recognised</source>
        <translation>— tidak ada yang dikenali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ rendah</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(tidak ada yang dikenali: ketik apa yang diucapkan di tabel di bawah)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(tidak ada ucapan yang ditemukan)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot play</source>
        <translation>Tidak dapat diputar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: ketik dulu apa yang diucapkan.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../mms_studio/gui/welcome.py" line="+32"/>
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
        <location line="+3"/>
        <source>&amp;Open project…</source>
        <translation>B&amp;uka proyek…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+9"/>
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
        <location line="+39"/>
        <source>Open project folder</source>
        <translation>Buka folder proyek</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+22"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <extracomment>Every template a core job (or gui/engine_jobs.py) sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Memilih klip pelatihan, klip pemeriksa, dan klip uji (penutur dipisahkan)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Memuat model dasar…</translation>
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
        <source>Transcribing…</source>
        <translation>Mentranskripsi…</translation>
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
        <source>No comparison with the base model: {reason}</source>
        <translation>Tidak ada perbandingan dengan model dasar: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Memuat model…</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+31"/>
        <source>Edit {field} of clip {clip}</source>
        <translation>Sunting {field} klip {clip}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {n} clip(s)</source>
        <translation>Hapus {n} klip</translation>
    </message>
</context>
</TS>
